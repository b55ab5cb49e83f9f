namespace Jixiao.Import.Layout;

/// <summary>
/// The segmented document as a tree of sections: a heading owns the blocks up to the next heading
/// of the same or a higher rank. Built once; recognizers ask it for the sections of a kind.
/// </summary>
internal sealed class Outline
{
    private readonly int[] _end;
    private readonly SectionKind[] _kind;

    /// <summary>Per block, the kinds of the sections around it, as bits: asked for every block, so built once.</summary>
    private readonly int[] _enclosing;

    public Outline(List<Block> blocks)
    {
        Blocks = blocks;
        _end = new int[blocks.Count];
        _kind = new SectionKind[blocks.Count];
        _enclosing = new int[blocks.Count];
        var open = new Stack<int>();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Kind != BlockKind.Heading)
            {
                _enclosing[i] = open.Count == 0 ? 0 : _enclosing[open.Peek()] | (1 << (int)_kind[open.Peek()]);
                continue;
            }

            while (open.Count > 0 && blocks[open.Peek()].Level >= blocks[i].Level)
            {
                _end[open.Pop()] = i;
            }

            _enclosing[i] = open.Count == 0 ? 0 : _enclosing[open.Peek()] | (1 << (int)_kind[open.Peek()]);

            // A numbered line inside a list (（三）绩效目标中的指标量化不高) is an item of it, not another list.
            var kind = SectionTitles.Classify(blocks[i].Text.Value.TrimEnd('。', '.', '：', ':'));
            _kind[i] = IsList(kind) && open.Any(parent => IsList(_kind[parent])) ? SectionKind.Other : kind;
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

    /// <summary>Whether block <paramref name="index"/> lies in a section of <paramref name="kind"/>.</summary>
    public bool IsInside(int index, SectionKind kind) => (_enclosing[index] & (1 << (int)kind)) != 0;

    public SectionKind KindOf(int heading) => _kind[heading];

    public bool IsKnownSection(int index) => Blocks[index].Kind == BlockKind.Heading && _kind[index] != SectionKind.Other;

    public int EndOf(int heading) => _end[heading];
}
