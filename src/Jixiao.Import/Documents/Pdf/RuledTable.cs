namespace Jixiao.Import.Documents.Pdf;

/// <summary>
/// A table drawn with rules on one page: the grid's column lines <see cref="Xs"/> (left to right) and row lines
/// <see cref="Ys"/> (top to bottom), its cells as <see cref="Regions"/>, and the parts that continue it on the pages after.
/// </summary>
internal sealed class RuledTable(double[] xs, double[] ys, List<Region> regions, int[] regionOfCell) : PageBlock
{
    public double[] Xs { get; } = xs;

    public double[] Ys { get; } = ys;

    public List<Region> Regions { get; } = regions;

    /// <summary>For each grid cell (row by row), the index of the region it belongs to.</summary>
    public int[] RegionOfCell { get; } = regionOfCell;

    public int RowCount => Ys.Length - 1;

    /// <summary>False for a table printed without rules, its column lines taken from the gutters of its text (see <see cref="UnruledTables"/>).</summary>
    public bool Ruled { get; init; } = true;

    /// <summary>Without rules, where each column's text stands, left and right edge in turn; empty for a ruled table.</summary>
    public double[] Ink { get; init; } = [];

    /// <summary>Without rules, the distance between the baselines of a cell's lines (0 when not known).</summary>
    public double Pitch { get; init; }

    /// <summary>Without rules, the table of the page before whose columns this one was read in: it goes on with it.</summary>
    public RuledTable? Carries { get; init; }

    /// <summary>
    /// Without rules, the lines of a table of one row at the foot of a page (see <see cref="UnruledTables"/>): a table only
    /// when the table at the top of the next page goes on with it, else these lines (<see cref="TableRuns"/>).
    /// </summary>
    public List<TextLine>? Loose { get; set; }

    /// <summary>The same table going on over the next pages, read as more rows of this one.</summary>
    public List<RuledTable> Continuations { get; } = [];

    /// <summary>Rows under which another table may start (see <see cref="TableGrid"/>).</summary>
    public List<int> Cuts { get; } = [];

    /// <summary>Rows at the top of a continuation that repeat the table's header: printed, not read again.</summary>
    public int RepeatedRows { get; set; }

    public override double Top => Ys[0];

    public override double Bottom => Ys[^1];

    public double Left => Xs[0];

    public double Right => Xs[^1];

    public bool HasText => Regions.Exists(static region => region.Lines.Count > 0);

    /// <summary>The cell printed at a point, or null outside the table.</summary>
    public Region? At(double x, double y)
    {
        if (x < Left || x > Right || y > Top || y < Bottom)
        {
            return null;
        }

        var found = Array.BinarySearch(Xs, x);
        var column = Math.Clamp(found < 0 ? ~found - 1 : found, 0, Xs.Length - 2);
        var (row, last) = (0, RowCount - 1);
        while (row < last)
        {
            var middle = (row + last + 1) / 2;
            (row, last) = Ys[middle] >= y ? (middle, last) : (row, middle - 1);
        }

        return Regions[RegionOfCell[(row * (Xs.Length - 1)) + column]];
    }

    /// <summary>The table cut in two under row <paramref name="cut"/> - 1: no cell spans the cut, a full-width rule.</summary>
    public (RuledTable Top, RuledTable Below) Split(int cut) => (Part(0, cut), Part(cut, RowCount));

    private RuledTable Part(int from, int to)
    {
        var regions = Regions.Where(region => region.Row >= from && region.Row < to)
            .Select(region => new Region(region.Row - from, region.Rows, region.Left, region.Right) { Lines = region.Lines })
            .ToList();
        var xs = regions.SelectMany(region => (double[])[region.Left, region.Right]).Distinct().Order().ToArray();
        var part = new RuledTable(xs, Ys[from..(to + 1)], regions, []) { Ruled = Ruled, Ink = Ink, Pitch = Pitch };
        part.Cuts.AddRange(Cuts.Where(row => row > from && row < to).Select(row => row - from));
        return part;
    }

    /// <summary>Where a cell's text may stand: the cell, or without rules its columns' text (as wide as their longest line).</summary>
    public (double Left, double Right) TextSpan(Region region)
    {
        var (first, last) = Ruled ? (-1, -1) : (Array.IndexOf(Xs, region.Left), Array.IndexOf(Xs, region.Right) - 1);
        return first >= 0 && last >= first && (2 * last) + 1 < Ink.Length ? (Ink[2 * first], Ink[(2 * last) + 1]) : (region.Left, region.Right);
    }

    /// <summary>A row's text, cell by cell, to tell a repeated header.</summary>
    /// <remarks>Without rules a page may find a column more or less (one left empty): only cells with text are compared.</remarks>
    public string RowText(int row) => string.Join('\u0001', Regions.Where(region => region.Row == row && (Ruled || region.Lines.Count > 0))
        .Select(region => string.Concat(region.Lines.Select(line => line.Text))));
}
