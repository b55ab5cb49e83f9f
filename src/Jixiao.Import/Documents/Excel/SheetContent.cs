namespace Jixiao.Import.Documents.Excel;

/// <summary>
/// A worksheet's rows that show text, and the row ranges merged cells span (sorted, disjoint): a row without text
/// inside a tall merged cell belongs to its table, a blank row outside one separates two tables.
/// </summary>
internal sealed record SheetContent(List<SheetRow> Rows, List<(int First, int Last)> MergedRows)
{
    /// <summary>Whether the rows strictly between <paramref name="above"/> and <paramref name="below"/> are all inside merged cells.</summary>
    public bool Spanned(int above, int below)
    {
        if (below - above <= 1)
        {
            return true;
        }

        var index = MergedRows.BinarySearch((above + 1, int.MaxValue));
        index = index >= 0 ? index : ~index - 1;
        return index >= 0 && MergedRows[index].First <= above + 1 && MergedRows[index].Last >= below - 1;
    }

    /// <summary>The union of the merged ranges' rows as sorted, disjoint ranges.</summary>
    public static List<(int First, int Last)> Union(IEnumerable<(int First, int Last)> ranges)
    {
        var union = new List<(int First, int Last)>();
        foreach (var (first, last) in ranges.Where(range => range.Last > range.First).OrderBy(range => range.First))
        {
            if (union.Count > 0 && first <= union[^1].Last + 1)
            {
                union[^1] = (union[^1].First, Math.Max(union[^1].Last, last));
            }
            else
            {
                union.Add((first, last));
            }
        }

        return union;
    }
}
