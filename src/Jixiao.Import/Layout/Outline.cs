namespace Jixiao.Import.Layout;

/// <summary>
/// The segmented document as a tree of sections: a heading owns the blocks up to the next heading
/// of the same or a higher rank. Built once; recognizers ask it for the sections of a kind.
/// </summary>
internal sealed class Outline
{
    private readonly int[] _end;
    private readonly SectionKind[] _kind;

    public Outline(List<Block> blocks)
    {
        Blocks = blocks;
        _end = new int[blocks.Count];
        _kind = new SectionKind[blocks.Count];
        var open = new Stack<int>();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Kind != BlockKind.Heading)
            {
                continue;
            }

            while (open.Count > 0 && blocks[open.Peek()].Level >= blocks[i].Level)
            {
                _end[open.Pop()] = i;
            }

            // A numbered line inside a list (（三）绩效目标中的指标量化不高) is an item of it, not a section.
            _kind[i] = open.Any(parent => IsList(_kind[parent])) ? SectionKind.Other : SectionTitles.Classify(blocks[i].Text.Value.TrimEnd('。', '.', '：', ':'));
            open.Push(i);
        }

        while (open.Count > 0)
        {
            _end[open.Pop()] = blocks.Count;
        }
    }

    public List<Block> Blocks { get; }

    private static bool IsList(SectionKind kind) => kind is SectionKind.Goals or SectionKind.Problems or SectionKind.Improvements or SectionKind.Achievements or SectionKind.Tasks or SectionKind.DeductionReasons;

    /// <summary>The headings of a kind, each with its content blocks (nested sections included).</summary>
    public IEnumerable<Section> Sections(SectionKind kind)
    {
        for (var i = 0; i < Blocks.Count; i++)
        {
            if (Blocks[i].Kind == BlockKind.Heading && _kind[i] == kind)
            {
                yield return Section(i);
            }
        }
    }

    public Section Section(int heading) => new(Blocks[heading], _kind[heading], Blocks.GetRange(heading + 1, _end[heading] - heading - 1), heading + 1, this);

    /// <summary>The kinds of the sections that enclose block <paramref name="index"/>, innermost first.</summary>
    public IEnumerable<SectionKind> Enclosing(int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (Blocks[i].Kind == BlockKind.Heading && _end[i] > index)
            {
                yield return _kind[i];
            }
        }
    }

    public SectionKind KindOf(int heading) => _kind[heading];

    public bool IsKnownSection(int index) => Blocks[index].Kind == BlockKind.Heading && _kind[index] != SectionKind.Other;

    public int EndOf(int heading) => _end[heading];
}
