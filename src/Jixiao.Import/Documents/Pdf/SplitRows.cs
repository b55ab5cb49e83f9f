namespace Jixiao.Import.Documents.Pdf;

/// <summary>
/// A table row broken by a page break (Word and LibreOffice let rows break by default): the part on the next page is
/// read into the cells of the row above, so that 「任务」 and 「2」, or a target cut mid-sentence, are one cell again.
/// Taken as broken only when the row above ends at the foot of the page's text (a row that ends higher left room the
/// next row would have started in), and each cell of the part below with text starts at the top of its cell under a cell
/// of the row above whose text was cut (its last line full, or the word below would not fit on it): a row of one-line cells that ended at the foot of
/// the page and a new row on the next look the same, and are left as two rows. A merged cell that goes on below the
/// broken row (rows merged down the page break) is cut with it: its part below starts at the broken row.
/// </summary>
internal static class SplitRows
{
    private const double Slack = 3;

    public static void Join(RuledTable above, RuledTable below, double pageBottom)
    {
        var first = below.RepeatedRows;
        var lastRow = above.RowCount - 1;
        var pieces = below.Regions.Where(region => region.Covers(first)).ToList();
        var ends = above.Regions.Where(region => region.Covers(lastRow)).ToList();
        var size = ends.SelectMany(region => region.Lines).Select(line => line.Size).DefaultIfEmpty(12).Max();
        if (first >= below.RowCount || above.Bottom - pageBottom > 2 * size || pieces.Exists(piece => piece.Row != first))
        {
            return;
        }

        var targets = new List<(Region Piece, Region End)>();
        var centred = new List<Region>();
        var uncentred = !above.Ruled && Uncentred(ends, size);
        var brokenRow = ends.SelectMany(static region => region.Lines).Where(line => line.Baseline < above.Ys[lastRow]).ToList();
        var part = pieces.SelectMany(static region => region.Lines).Where(line => line.Baseline > below.Ys[first + 1]).ToList();
        foreach (var piece in pieces.Where(piece => piece.Lines.Count > 0))
        {
            var end = ends.Find(region => Same(above, region, below, piece));
            var lower = piece.Lines[0].Top < below.Ys[first] - (1.5 * size);
            if (!above.Ruled && (lower || uncentred || AtMiddle(piece, brokenRow, part, size)) && end is { Lines.Count: 0 })
            {
                // Without rules (a browser's table), cells are often centred in their row: text set lower than the top
                // of the part, at the middle of the broken row, or anywhere under a row shown only down to the break,
                // under a cell left empty above, is the rest of the row when other cells there go on from cut text at
                // its top (a centred cell is printed once, on one page).
                centred.Add(piece);
                continue;
            }

            if (end is null || !IsCut(above, end, piece.Lines[0], size) || lower)
            {
                return; // a new cell, a cell that ended, or text set lower in its cell (centred): a row of its own
            }

            targets.Add((piece, end));
        }

        if (targets.Count == 0)
        {
            return;
        }

        foreach (var (piece, end) in targets.Concat(centred.Select(piece => (piece, ends.Find(region => Same(above, region, below, piece))!))))
        {
            end.Lines.AddRange(piece.Lines);
            piece.Lines = [];
        }

        below.RepeatedRows++; // the broken row's part is read; the row itself is not printed again
    }

    /// <summary>
    /// Whether the row at the foot of the page is no whole row of cells centred in it: two of its cells end at its last line
    /// (less than a letter apart) but start further apart by a letter more. A browser centres cells in their row, so a
    /// whole row's cells start as far apart as they end; the top part of a row the page broke shows each cell down to the
    /// break, wherever it started. Its cells that print nothing above the break are centred lower, in the part below,
    /// which may begin at the top of the next page.
    /// </summary>
    private static bool Uncentred(List<Region> ends, double size)
    {
        var cells = ends.Where(static region => region.Lines.Count > 0).ToList();
        var foot = cells.Select(static region => region.Lines[^1].Baseline).DefaultIfEmpty(0).Min();
        var atFoot = cells.Where(region => region.Lines[^1].Baseline - foot < size).ToList();
        return atFoot.Count >= 2 && Spread(atFoot, static region => region.Lines[0].Baseline) >= Spread(atFoot, static region => region.Lines[^1].Baseline) + size;
    }

    /// <summary>
    /// Whether a cell of the part below stands at the middle of the row the page broke, the part above and the part below
    /// taken together: where a browser centres a cell in its row (a label beside a cell that runs over the page, at the top
    /// of the next page when the break falls near the row's middle). Only under a row of more than one line at the foot of
    /// the page: a row of one-line cells there and a new row on the next, its label on two lines, look the same.
    /// </summary>
    private static bool AtMiddle(Region piece, List<TextLine> brokenRow, List<TextLine> part, double size)
    {
        if (brokenRow.Count == 0 || part.Count == 0 || brokenRow.Max(static line => line.Baseline) - brokenRow.Min(static line => line.Baseline) < size)
        {
            return false;
        }

        var aboveHeight = brokenRow.Max(static line => line.Top) - brokenRow.Min(static line => line.Bottom);
        var top = part.Max(static line => line.Top);
        var belowHeight = top - part.Min(static line => line.Bottom);
        var middle = top - ((piece.Lines[0].Top + piece.Lines[^1].Bottom) / 2);
        return Math.Abs(middle - ((belowHeight - aboveHeight) / 2)) <= size;
    }

    private static double Spread(List<Region> cells, Func<Region, double> at) => cells.Max(at) - cells.Min(at);

    /// <summary>
    /// A cell whose text was cut by the page: its last line runs to the cell's right edge, or stops where the first word
    /// of the part below (a pinyin reading, a number with its unit) would not have fitted. A line wrapped from the one
    /// above may stop up to two characters short (a closing mark may not begin a line); a cell's only line must fill
    /// the cell to within one character, as a wrapped line does.
    /// </summary>
    private static bool IsCut(RuledTable table, Region cell, TextLine next, double size)
    {
        if (cell.Lines.Count == 0)
        {
            return false;
        }

        // Without rules a browser may wrap one cell narrower than its column's other cells (wkhtmltopdf wraps a cell with
        // line breaks two characters a line in a column four wide): a cell of several lines is full at its widest line.
        var right = table.Ruled ? cell.Right - Math.Clamp(cell.Lines.Min(line => line.Left) - cell.Left, 1, 8)
            : cell.Lines.Count >= 3 ? Math.Min(table.TextSpan(cell).Right, cell.Lines.Max(line => line.Right)) : table.TextSpan(cell).Right;
        var slack = Math.Max(cell.Lines.Count == 1 ? size : 2 * size, next.FirstWordWidth);
        return cell.Lines[^1].Right >= right - slack;
    }

    /// <summary>The same column on both pages: the same rules, or without rules column text that overlaps.</summary>
    private static bool Same(RuledTable above, Region end, RuledTable below, Region piece)
    {
        if (above.Ruled)
        {
            return Math.Abs(end.Left - piece.Left) <= Slack && Math.Abs(end.Right - piece.Right) <= Slack;
        }

        var (top, bottom) = (above.TextSpan(end), below.TextSpan(piece));
        return top.Left < bottom.Right && top.Right > bottom.Left;
    }
}
