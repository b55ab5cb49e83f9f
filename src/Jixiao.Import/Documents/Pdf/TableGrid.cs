namespace Jixiao.Import.Documents.Pdf;

/// <summary>
/// Ruled tables from a page's rules: rules that cross or touch form one table; its vertical rules give the columns,
/// its horizontal rules the rows, and two neighbouring grid cells without the rule between them are one merged cell.
/// A frame around text (one column) is not a table.
/// </summary>
internal static partial class TableGrid
{
    private const double Slack = 2;

    /// <summary>Pairs of rules compared at most; past it a page is a drawing, read as text.</summary>
    private const long MaxPairs = 4_000_000;

    public static List<RuledTable> Find(List<Rule> horizontal, List<Rule> vertical)
    {
        var tables = new List<RuledTable>();
        if (horizontal.Count < 2 || vertical.Count < 2 || (long)horizontal.Count * vertical.Count > MaxPairs)
        {
            return tables;
        }

        var groups = new UnionFind(horizontal.Count + vertical.Count);
        for (var h = 0; h < horizontal.Count; h++)
        {
            for (var v = 0; v < vertical.Count; v++)
            {
                if (horizontal[h].Covers(vertical[v].At, Slack) && vertical[v].Covers(horizontal[h].At, Slack))
                {
                    groups.Union(h, horizontal.Count + v);
                }
            }
        }

        foreach (var members in Enumerable.Range(0, horizontal.Count + vertical.Count).GroupBy(groups.Find))
        {
            var rows = members.Where(i => i < horizontal.Count).Select(i => horizontal[i]).ToList();
            var columns = members.Where(i => i >= horizontal.Count).Select(i => vertical[i - horizontal.Count]).ToList();
            if (Stacked(rows, columns) is { } table)
            {
                tables.Add(table);
            }
        }

        return tables;
    }

    private static RuledTable Grid(double[] xs, double[] ys, List<Rule> horizontal, List<Rule> vertical)
    {
        var (rowCount, columnCount) = (ys.Length - 1, xs.Length - 1);
        var cells = new UnionFind(rowCount * columnCount);
        for (var r = 0; r < rowCount; r++)
        {
            for (var c = 0; c < columnCount; c++)
            {
                var (middleX, middleY) = ((xs[c] + xs[c + 1]) / 2, (ys[r] + ys[r + 1]) / 2);
                if (c > 0 && !vertical.Exists(rule => Math.Abs(rule.At - xs[c]) <= Slack && rule.Covers(middleY)))
                {
                    cells.Union((r * columnCount) + c - 1, (r * columnCount) + c);
                }

                if (r > 0 && !horizontal.Exists(rule => Math.Abs(rule.At - ys[r]) <= Slack && rule.Covers(middleX)))
                {
                    cells.Union(((r - 1) * columnCount) + c, (r * columnCount) + c);
                }
            }
        }

        return new RuledTable(xs, ys, [], new int[rowCount * columnCount]).WithRegions(cells, columnCount);
    }

    /// <summary>The cells as regions: a merged cell that is not a rectangle (an L of missing rules) falls back to its grid cells.</summary>
    private static RuledTable WithRegions(this RuledTable table, UnionFind cells, int columnCount)
    {
        var regionOfCell = table.RegionOfCell;
        var rowCount = table.RowCount;
        foreach (var group in Enumerable.Range(0, rowCount * columnCount).GroupBy(cells.Find))
        {
            var (top, bottom) = (group.Min() / columnCount, group.Max() / columnCount);
            var (left, right) = (group.Min(cell => cell % columnCount), group.Max(cell => cell % columnCount));
            if ((bottom - top + 1) * (right - left + 1) == group.Count())
            {
                Add(table, group, top, bottom - top + 1, left, right + 1);
                continue;
            }

            foreach (var cell in group)
            {
                Add(table, [cell], cell / columnCount, 1, cell % columnCount, (cell % columnCount) + 1);
            }
        }

        return table; // regions in the order of their top left cells: row by row, left to right

        void Add(RuledTable into, IEnumerable<int> members, int row, int rows, int from, int to)
        {
            foreach (var cell in members)
            {
                regionOfCell[cell] = into.Regions.Count;
            }

            into.Regions.Add(new Region(row, rows, into.Xs[from], into.Xs[to]));
        }
    }

    /// <summary>Rule positions within <see cref="Slack"/> of each other as one, ascending.</summary>
    private static double[] Positions(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        var positions = new List<double>();
        for (var i = 0; i < sorted.Count;)
        {
            var end = i;
            while (end < sorted.Count && sorted[end] - sorted[i] <= Slack)
            {
                end++;
            }

            positions.Add(sorted.Skip(i).Take(end - i).Average());
            i = end;
        }

        return [.. positions];
    }
}
