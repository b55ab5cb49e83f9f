namespace Jixiao.Import.Layout;

/// <summary>A heading, its kind and the blocks it owns; <see cref="Start"/> is the index of the first of them.</summary>
internal sealed record Section(Block Heading, SectionKind Kind, List<Block> Blocks, int Start, Outline Outline)
{
    /// <summary>The blocks before the first nested section of a known kind other than this one's: its own text.</summary>
    public IEnumerable<Block> Own()
    {
        for (var i = 0; i < Blocks.Count; i++)
        {
            var index = Start + i;
            if (Outline.IsKnownSection(index) && Outline.KindOf(index) != Kind)
            {
                i = Outline.EndOf(index) - Start - 1;
                continue;
            }

            yield return Blocks[i];
        }
    }
}
