using System.Globalization;
using System.Text.RegularExpressions;

namespace Jixiao.Import.Tests.Documents.Excel;

/// <summary>
/// A self-evaluation table typed as text (a seed, a corpus document) written into a worksheet as a department
/// fills it in Excel: a line of text is a row of one cell spanning the sheet's width, a blank line a blank row,
/// a table row a row of cells (cell paragraphs as Alt+Enter breaks, an HTML colspan or rowspan as a merged
/// range), numbers stored as the doubles Excel stores (2394.8299999999999) with their places as a number format,
/// percents as fractions under a percent format. A page break means nothing in a workbook: a table continued
/// after one goes on in the same rows, and a cell the break split is one cell again.
/// </summary>
internal static partial class MarkdownSheet
{
    public static void Write(string text, TestWorkbook book, string sheetName)
    {
        var grid = new Grid();
        grid.Read(text);
        var width = Math.Max(1, grid.Rows.Max(row => row?.Count ?? 0));
        var sheet = book.Sheet(sheetName);
        for (var r = 0; r < grid.Rows.Count; r++)
        {
            var cells = grid.Rows[r] ?? [];
            for (var c = 0; c < cells.Count; c++)
            {
                if (cells[c].Length > 0)
                {
                    Cell(book, sheet, Reference(r, c), cells[c], numbers: cells.Count > 1);
                }
            }

            if (cells.Count > 0 && cells.Count < width && cells[^1].Length > 0 && !grid.Merges.Any(merge => merge.Top <= r && r <= merge.Bottom && merge.Right >= cells.Count - 1))
            {
                sheet.Merge($"{Reference(r, cells.Count - 1)}:{Reference(r, width - 1)}"); // a line, or a narrower table's last cell, spans the rest
            }
        }

        foreach (var (top, left, bottom, right) in grid.Merges)
        {
            sheet.Merge($"{Reference(top, left)}:{Reference(bottom, right)}");
        }
    }

    private static void Cell(TestWorkbook book, TestSheet sheet, string reference, string text, bool numbers)
    {
        if (numbers && Percent().Match(text) is { Success: true } percent)
        {
            var places = percent.Groups[2].Length;
            var fraction = double.Parse(percent.Groups[1].Value, CultureInfo.InvariantCulture) / 100;
            sheet.Number(reference, fraction.ToString("G17", CultureInfo.InvariantCulture), book.Style(places == 0 ? "0%" : "0." + new string('0', places) + "%"));
        }
        else if (numbers && Plain().Match(text) is { Success: true } number)
        {
            var places = number.Groups[2].Length;
            var stored = double.Parse(text, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture).ToString("G17", CultureInfo.InvariantCulture);
            var format = (number.Groups[1].Success ? "#,##0" : "0") + (places == 0 ? "" : "." + new string('0', places));
            sheet.Number(reference, stored, format == "0" ? 0 : book.Style(format));
        }
        else
        {
            sheet.Text(reference, text);
        }
    }

    private static string Reference(int row, int column) =>
        (column < 26 ? ((char)('A' + column)).ToString() : "A" + (char)('A' + column - 26)) + (row + 1).ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(\d+(?:\.(\d+))?)%$")]
    private static partial Regex Percent();

    [GeneratedRegex(@"^-?\d{1,3}((?:,\d{3})+)?\d*(?:\.(\d+))?$")]
    private static partial Regex Plain();
}
