namespace Jixiao.Import.Documents.Pdf;

/// <summary>Tables printed one under the other, touching: one set of rules, read as separate tables.</summary>
internal static partial class TableGrid
{
    /// <summary>
    /// The grids of a set of touching rules. A full-width rule under which the rows have a column line the row above
    /// lacks, while the row above has one they lack, starts another table (a merged row lacks lines but adds none).
    /// </summary>
    private static IEnumerable<RuledTable> Stacked(List<Rule> horizontal, List<Rule> vertical)
    {
        var xs = Positions(vertical.Select(static rule => rule.At));
        var ys = Positions(horizontal.Select(static rule => rule.At));
        Array.Reverse(ys);
        if (xs.Length < 3 || ys.Length < 2)
        {
            yield break;
        }

        var lines = Enumerable.Range(0, ys.Length - 1)
            .Select(r => xs.Where(x => vertical.Exists(rule => Math.Abs(rule.At - x) <= Slack && rule.Covers((ys[r] + ys[r + 1]) / 2))).ToHashSet())
            .ToList();
        var start = 0;
        for (var r = 1; r <= lines.Count; r++)
        {
            if (r < lines.Count && !(horizontal.Exists(rule => Math.Abs(rule.At - ys[r]) <= Slack && rule.Covers(xs[0], Slack) && rule.Covers(xs[^1], Slack))
                && !lines[r].IsSubsetOf(lines[r - 1]) && !lines[r - 1].IsSubsetOf(lines[r])))
            {
                continue;
            }

            var columns = xs.Where(x => lines.Skip(start).Take(r - start).Any(row => row.Contains(x))).ToArray();
            if (columns.Length >= 3)
            {
                yield return Grid(columns, ys[start..(r + 1)], horizontal, vertical);
            }

            start = r;
        }
    }
}
