namespace Jixiao.Import.Documents.Pdf;

/// <summary>
/// A cell of a ruled table as printed: one or more grid cells no inner rule separates (a merged cell), from grid row
/// <see cref="Row"/> down <see cref="Rows"/> rows, between the x positions <see cref="Left"/> and <see cref="Right"/>.
/// </summary>
internal sealed class Region(int row, int rows, double left, double right)
{
    public int Row { get; } = row;

    public int Rows { get; } = rows;

    public double Left { get; } = left;

    public double Right { get; } = right;

    public List<Glyph> Glyphs { get; } = [];

    public List<TextLine> Lines { get; set; } = [];

    public bool Covers(int row) => row >= Row && row < Row + Rows;
}
