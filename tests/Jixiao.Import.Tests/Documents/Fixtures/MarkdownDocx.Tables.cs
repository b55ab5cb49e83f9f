using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Jixiao.Import.Tests.Documents.Fixtures;

/// <summary>Tables as Word writes them: a grid of columns, merged cells as gridSpan and vMerge.</summary>
internal static partial class MarkdownDocx
{
    private const int TextWidth = 11906 - 1588 - 1474; // A4 width less the margins, in twentieths of a point

    private sealed record PlacedCell(int Column, int Span, IReadOnlyList<string> Paragraphs, MergedCellValues? Merge);

    /// <summary>
    /// A bordered table on the page's width, each column as wide as its longest text within bounds (as Word's AutoFit
    /// leaves it). A cell that spans columns is one cell with gridSpan; one that spans rows starts a vertical merge
    /// continued by an empty cell in each row below, as Word writes it. A short row lost cells at its start, as the
    /// text pipeline reads it (a text export drops those a merged cell spans): its first cell spans them, unless cells
    /// merged from above stand in the row; then it is filled out with empty cells.
    /// </summary>
    private static Table Table(List<List<CellText>> rows)
    {
        var placed = Place(rows);
        var columns = Math.Max(1, placed.Max(row => row.Count == 0 ? 0 : row[^1].Column + row[^1].Span));
        var full = placed.Select(row => FilledOut(row, columns)).ToList();
        var widths = Widths(full, columns);
        var table = new Table(MarkdownDocxStyles.TableProperties(), new TableGrid(widths.Select(width => new GridColumn { Width = $"{width}" })));
        foreach (var row in full)
        {
            table.Append(new TableRow(row.Select(cell => Cell(cell, widths[cell.Column..(cell.Column + cell.Span)].Sum()))));
        }

        return table;
    }

    private static List<PlacedCell> FilledOut(List<PlacedCell> row, int columns)
    {
        var missing = columns - (row.Count == 0 ? 0 : row[^1].Column + row[^1].Span);
        return missing > 0 && row.Count > 0 && row.All(cell => cell.Merge is null)
            ? [row[0] with { Span = row[0].Span + missing }, .. row.Skip(1).Select(cell => cell with { Column = cell.Column + missing })]
            : [.. row, .. Enumerable.Range(columns - missing, missing).Select(column => new PlacedCell(column, 1, [], null))];
    }

    /// <summary>
    /// Column widths as Word's AutoFit leaves them: each column at least as wide as its longest number or word
    /// (a number is never broken across lines), the rest of the page shared by how much text each column holds.
    /// Widths are counted in characters of the tables' 五号 font (210 twips), a Latin character (in the fallback font) as 0.6 of one, 1.5 for the cell's margins.
    /// </summary>
    private static int[] Widths(List<List<PlacedCell>> rows, int columns)
    {
        var texts = Enumerable.Range(0, columns).Select(column => rows.SelectMany(row => row)
            .Where(cell => cell.Column == column && cell.Span == 1).SelectMany(cell => cell.Paragraphs).ToList()).ToList();
        static double Units(string text) => text.Sum(c => c < '\u2E80' ? 0.6 : 1);
        var need = texts.Select(column => 1.5 + column.SelectMany(text => Word().Matches(text)).Select(word => Units(word.Value)).DefaultIfEmpty(1).Max()).ToArray();
        var want = texts.Select((column, i) => Math.Max(0, Math.Min(12, column.Select(Units).DefaultIfEmpty(0).Max() + 1) - need[i])).ToArray();
        var spare = Math.Max(0, TextWidth / 210.0 - need.Sum());
        var units = need.Select((least, i) => least + (want.Sum() > 0 ? spare * want[i] / want.Sum() : spare / columns)).ToArray();
        return [.. units.Select(unit => (int)(TextWidth * unit / units.Sum()))];
    }

    /// <summary>The grid column each cell starts at, with the cells that rows spanning from above put in.</summary>
    private static List<List<PlacedCell>> Place(List<List<CellText>> rows)
    {
        var placed = new List<List<PlacedCell>>();
        var below = new Dictionary<int, (int Rows, int Span)>(); // column → rows a merge still covers, and its width
        foreach (var row in rows)
        {
            var cells = new List<PlacedCell>();
            var column = 0;
            void Continued()
            {
                while (below.TryGetValue(column, out var merge) && merge.Rows > 0)
                {
                    below[column] = (merge.Rows - 1, merge.Span);
                    cells.Add(new PlacedCell(column, merge.Span, [], MergedCellValues.Continue));
                    column += merge.Span;
                }
            }

            foreach (var cell in row)
            {
                Continued();
                if (cell.RowSpan > 1)
                {
                    below[column] = (cell.RowSpan - 1, cell.ColSpan);
                }

                cells.Add(new PlacedCell(column, cell.ColSpan, cell.Paragraphs, cell.RowSpan > 1 ? MergedCellValues.Restart : null));
                column += cell.ColSpan;
            }

            Continued();
            placed.Add(cells);
        }

        return placed;
    }

    private static TableCell Cell(PlacedCell placed, int width)
    {
        var properties = new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Dxa, Width = $"{width}" });
        if (placed.Span > 1)
        {
            properties.Append(new GridSpan { Val = placed.Span });
        }

        if (placed.Merge is { } merge)
        {
            // Word writes a continued merge as a bare <w:vMerge/>.
            properties.Append(merge == MergedCellValues.Restart ? new VerticalMerge { Val = merge } : new VerticalMerge());
        }

        var cell = new TableCell(properties);
        foreach (var text in placed.Paragraphs.DefaultIfEmpty(""))
        {
            var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "TableText" }));
            paragraph.Append(Runs(text));
            cell.Append(paragraph);
        }

        return cell;
    }

    [GeneratedRegex(@"[^\s\u2E80-\uFFFF]+")]
    private static partial Regex Word();
}
