namespace Jixiao.Import.Documents.Pdf;

/// <summary>
/// A table that goes on over a page break: when a page ends with a ruled table and the next begins with one with the
/// same column lines (or, for a part of one row, some of them), the second is more rows of the first (and so on over several
/// pages). Rows at the top of a continuation that repeat the table's first rows (a repeated header) are not read again.
/// </summary>
internal static class TableRuns
{
    private const double Slack = 3;

    public static void Join(IReadOnlyList<PageText> pages)
    {
        var bodies = pages.Select(page => page.Blocks.Where(block => block is not TextLine { IsFurniture: true }).ToList()).ToList();
        var bottom = bodies.SelectMany(body => body).Select(block => block.Bottom).DefaultIfEmpty(0).Min();
        RuledTable? open = null;
        PageText? openPage = null;
        RuledTable? pageTop = null;
        for (var index = 0; index < pages.Count; index++)
        {
            var (page, body) = (pages[index], bodies[index]);
            var (topBefore, head) = (pageTop, body.Count > 0 ? body[0] as RuledTable : null);
            pageTop = head;
            if (open is not null && body.Count > 0 && body[0] is RuledTable first)
            {
                // The part the open row is in: a page that held only the rest of a broken row gave its text to the part above.
                var last = open.Continuations.LastOrDefault(part => part.RepeatedRows < part.RowCount) ?? open;
                var next = Continuation(last, first, page, body);
                if (next is null && open.Continuations.Count == 0 && open.Cuts.Count > 0)
                {
                    // The page may end with a table printed right under another (touching): that one goes on.
                    var (top, band) = open.Split(open.Cuts[^1]);
                    next = Continuation(band, first, page, body);
                    if (next is not null)
                    {
                        var at = openPage!.Blocks.IndexOf(open);
                        openPage.Blocks[at] = top;
                        openPage.Blocks.Insert(at + 1, band);
                        (open, last) = (band, band);
                    }
                }

                if (next is not null)
                {
                    open.Continuations.Add(next);
                    next.RepeatedRows = Math.Max(RepeatedRows(open, next, openPage!), topBefore is null || topBefore == open ? 0 : Repeated(topBefore, next));
                    if (last.Loose is null)
                    {
                        // A table of one row at a page's foot is known a table only by the part below: whether its row
                        // was broken is not known, so its row and the next are left two rows.
                        SplitRows.Join(last, next, bottom);
                    }
                    page.Blocks.Remove(next);
                    if (body.Count == 1)
                    {
                        continue; // the table fills the page and may go on over the next
                    }
                }
            }

            Loosen(open, openPage);
            (open, openPage) = (body.Count > 0 ? body[^1] as RuledTable : null, page);
        }

        Loosen(open, openPage);
    }

    /// <summary>A one-row table at the foot of a page that no table went on with is the lines it was read from.</summary>
    private static void Loosen(RuledTable? table, PageText? page)
    {
        var at = page?.Blocks.IndexOf(table!) ?? -1;
        if (table is not { Loose: { } lines, Continuations.Count: 0 } || at < 0)
        {
            return;
        }

        // Numbered as the lines printed in the table's cells at their height were.
        var numbered = table.Regions.SelectMany(static region => region.Lines).ToList();
        foreach (var line in lines)
        {
            line.Number = numbered.MinBy(cell => Math.Abs(cell.Baseline - line.Baseline))?.Number ?? line.Number;
        }

        page!.Blocks.RemoveAt(at);
        page.Blocks.InsertRange(at, lines);
    }

    /// <summary>
    /// The table at the top of a page that continues <paramref name="last"/>: the whole table, or its top part when another
    /// table was printed right under the continued rows (touching, one set of rules), which is then a table of its own.
    /// </summary>
    private static RuledTable? Continuation(RuledTable last, RuledTable first, PageText page, List<PageBlock> body)
    {
        if (Continues(last, first))
        {
            return first;
        }

        foreach (var cut in first.Cuts)
        {
            var (top, rest) = first.Split(cut);
            if (Continues(last, top))
            {
                var at = page.Blocks.IndexOf(first);
                page.Blocks[at] = top;
                page.Blocks.Insert(at + 1, rest);
                body[0] = top;
                body.Insert(1, rest);
                return top;
            }
        }

        return null;
    }

    private static bool Continues(RuledTable above, RuledTable below)
    {
        if (above.Ruled != below.Ruled)
        {
            return false;
        }

        if (!above.Ruled)
        {
            return below.Carries == above || UnruledTables.Compatible(above, below);
        }

        if (Math.Abs(above.Left - below.Left) > Slack || Math.Abs(above.Right - below.Right) > Slack)
        {
            return false;
        }

        // Merged cells can hide column lines in a part of one row; a part of several rows with other columns is another table.
        var (fewer, more) = above.Xs.Length <= below.Xs.Length ? (above, below) : (below, above);
        return Array.TrueForAll(fewer.Xs, x => Array.Exists(more.Xs, other => Math.Abs(other - x) <= Slack))
            && (fewer.Xs.Length == more.Xs.Length || fewer.RowCount == 1);
    }

    private static int RepeatedRows(RuledTable table, RuledTable continuation, PageText first)
    {
        if (HeadAbove(table, continuation, first))
        {
            return 1;
        }

        return Repeated(table, continuation);
    }

    /// <summary>
    /// How many rows at the top of a continuation repeat the first rows of <paramref name="table"/>: the table it goes on
    /// with, or the table at the top of the page before (a header row a word processor prints again on every page,
    /// where the table the page ends with began under it, parted from it by a gap).
    /// </summary>
    private static int Repeated(RuledTable table, RuledTable continuation)
    {
        var rows = 0;
        while (rows < Math.Min(3, Math.Min(table.RowCount, continuation.RowCount - 1))
            && continuation.RowText(rows) is { Length: > 0 } text && text.Replace("\u0001", "", StringComparison.Ordinal).Length > 0
            && text == table.RowText(rows))
        {
            rows++;
        }

        return rows;
    }

    /// <summary>
    /// Whether the continuation begins with the table's head that its first page printed as lines right above it (a
    /// header cell over the whole table, 「部门整体支出绩效自评表」 wrapped in a narrow column, that a browser repeats on
    /// each page): the continuation's first row is one cell whose text is those lines' text.
    /// </summary>
    private static bool HeadAbove(RuledTable table, RuledTable continuation, PageText first)
    {
        if (continuation.RowCount < 2 || continuation.RowText(0) is not { Length: > 0 } head || head.Contains('\u0001', StringComparison.Ordinal))
        {
            return false;
        }

        var text = "";
        for (var at = first.Blocks.IndexOf(table) - 1; at >= 0 && first.Blocks[at] is TextLine { IsFurniture: false } line && text.Length < head.Length; at--)
        {
            text = line.Text + text;
        }

        return text == head;
    }
}
