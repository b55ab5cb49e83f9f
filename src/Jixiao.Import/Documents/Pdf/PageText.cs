namespace Jixiao.Import.Documents.Pdf;

/// <summary>A page laid out: its blocks top to bottom, and its box in the frame its text reads in (for the margin bands).</summary>
internal sealed class PageText(int number, double top, double bottom, double width, List<PageBlock> blocks)
{
    public int Number { get; } = number;

    public double Top { get; } = top;

    public double Bottom { get; } = bottom;

    public double Width { get; } = width;

    public List<PageBlock> Blocks { get; } = blocks;

    public bool HasText => Blocks.Count > 0;
}
