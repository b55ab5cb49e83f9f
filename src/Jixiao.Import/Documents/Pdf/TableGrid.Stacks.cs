namespace Jixiao.Import.Documents.Pdf;

/// <summary>Where a ruled table may be two tables printed one under the other, touching.</summary>
internal static partial class TableGrid
{
    /// <summary>
    /// The grid of a set of touching rules, with the rows where another table may start: under a full-width rule, rows
    /// with a column line the row above lacks, while the row above has one they lack (a merged row lacks lines but
    /// adds none). Such a table is read whole (a form's rows often differ); it is cut there only when its top part
    /// continues the table of the page before (see <see cref="TableRuns"/>).
    /// </summary>
    private static RuledTable? Stacked(List<Rule> horizontal, List<Rule> vertical)
    {
        var xs = Positions(vertical.Select(static rule => rule.At));
        var ys = Positions(horizontal.Select(static rule => rule.At));
        Array.Reverse(ys);
        if (xs.Length < 3 || ys.Length < 2)
        {
            return null;
        }

        var lines = Enumerable.Range(0, ys.Length - 1)
            .Select(r => xs.Where(x => vertical.Exists(rule => Math.Abs(rule.At - x) <= Slack && rule.Covers((ys[r] + ys[r + 1]) / 2))).ToHashSet())
            .ToList();
        var table = Grid(xs, ys, horizontal, vertical);
        for (var r = 1; r < lines.Count; r++)
        {
            if (horizontal.Exists(rule => Math.Abs(rule.At - ys[r]) <= Slack && rule.Covers(xs[0], Slack) && rule.Covers(xs[^1], Slack))
                && !lines[r].IsSubsetOf(lines[r - 1]) && !lines[r - 1].IsSubsetOf(lines[r]))
            {
                table.Cuts.Add(r);
            }
        }

        return table;
    }
}
