using System.Globalization;
using System.Text.RegularExpressions;

namespace Jixiao.Import.Documents.Excel;

/// <summary>
/// Lays a sheet out as the pipeline reads it. A blank row (not inside a tall merged cell) separates blocks, as
/// departments leave one between two tables. In a block, the rows from the first to the last that fill two cells
/// or more are one HTML table, a row per line, every column that holds text in any of them a cell, so that columns
/// line up (a spanned or empty cell is an empty &lt;td&gt;). Rows above it that fill one cell only (the title,
/// 「单位：万元」) and such rows below it that read as text (notes) are lines, as they are printed above and below a
/// table; a block without such a table (a 说明) is all lines. Blank rows are left out; every piece keeps its sheet
/// cell as its place.
/// </summary>
internal static partial class SheetLayout
{
    private static readonly System.Buffers.SearchValues<char> SentenceMarks = System.Buffers.SearchValues.Create("：:。；;，,");

    public static void Lay(string sheet, SheetContent content, LaidOutText.Builder builder, CellBudget budget)
    {
        var rows = content.Rows;
        for (int start = 0, end = 1; start < rows.Count; start = end++)
        {
            while (end < rows.Count && content.Spanned(rows[end - 1].Number, rows[end].Number))
            {
                end++;
            }

            Block(sheet, rows[start..end], builder, budget);
        }
    }

    /// <summary>Rows between blank rows: a table with lines above and below it, or lines only.</summary>
    private static void Block(string sheet, List<SheetRow> rows, LaidOutText.Builder builder, CellBudget budget)
    {
        var first = rows.FindIndex(row => row.Cells.Count >= 2);
        var last = rows.FindLastIndex(row => row.Cells.Count >= 2);
        if (first < 0)
        {
            Lines(sheet, rows, builder);
            return;
        }

        // A label left without its value (「改进措施」 with the cell beside it empty) is the table's last row, not a
        // heading over the notes below it: only rows that read as text (「注：……」, 「填报人：……」) or a chapter's
        // numbered title (「三、部门整体支出绩效目标」, a report typed into a sheet) are lines.
        while (last + 1 < rows.Count && !ReadsAsText(rows[last + 1]) && !IsChapterTitle(rows[last + 1]))
        {
            last++;
        }

        Lines(sheet, rows[..first], builder);
        Table(sheet, rows[first..(last + 1)], builder, budget);
        Lines(sheet, rows[(last + 1)..], builder);
    }

    private static void Table(string sheet, List<SheetRow> rows, LaidOutText.Builder builder, CellBudget budget)
    {
        var columns = rows.SelectMany(row => row.Cells.Select(cell => cell.Column)).Distinct().Order().ToList();
        budget.Take(sheet, rows.Count, columns.Count);
        var letters = columns.Select(CellReference.Letters).ToList();
        builder.BeginTable();
        foreach (var row in rows)
        {
            builder.BeginRow();
            var next = 0;
            var number = row.Number.ToString(CultureInfo.InvariantCulture);
            for (var k = 0; k < columns.Count; k++)
            {
                builder.BeginCell();
                if (next < row.Cells.Count && row.Cells[next].Column == columns[k])
                {
                    var cell = row.Cells[next++];
                    var place = new Place(row.Number, cell.Column, Cell: string.Concat(sheet, "!", letters[k], number), Grid: true);
                    var first = true;
                    foreach (var line in Lines(cell.Text))
                    {
                        if (!first)
                        {
                            builder.CellBreak();
                        }

                        builder.Append(NoTags(line), place);
                        first = false;
                    }
                }

                builder.EndCell();
            }

            builder.EndRow();
        }

        builder.EndTable();
    }

    private static void Lines(string sheet, List<SheetRow> rows, LaidOutText.Builder builder)
    {
        foreach (var row in rows)
        {
            foreach (var cell in row.Cells)
            {
                var place = Place(sheet, row.Number, cell.Column);
                foreach (var line in Lines(cell.Text))
                {
                    builder.Append(NoMarkdown(NoTags(line)), place).EndLine();
                }
            }
        }
    }

    private static bool IsChapterTitle(SheetRow row) =>
        row.Cells.Count == 1 && Layout.Marker.Read(row.Cells[0].Text.Trim()) is { Style: Layout.MarkerStyle.ChineseComma or Layout.MarkerStyle.Part };

    private static bool ReadsAsText(SheetRow row) => row.Cells[0].Text.AsSpan().IndexOfAny(SentenceMarks) >= 0;

    private static Place Place(string sheet, int row, int column) =>
        new(row, column, Cell: $"{sheet}!{new CellReference(row, column)}", Grid: true);

    /// <summary>The lines of a cell (Alt+Enter breaks them), blank ones left out.</summary>
    private static IEnumerable<string> Lines(string text) => text.Contains('\n', StringComparison.Ordinal)
        ? text.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0)
        : [text.Trim()];

    /// <summary>A &lt; that would open a tag (「&lt;td&gt;」 typed in a cell) would break the row: it is shown as the small ﹤, which reads the same.</summary>
    private static string NoTags(string text) => text.Contains('<', StringComparison.Ordinal) ? TagOpening().Replace(text, "﹤") : text;

    /// <summary>A line of text that starts as a markdown table row or heading would be read as one: its first sign is shown full-width.</summary>
    private static string NoMarkdown(string line) => line[0] switch
    {
        '|' => "｜" + line[1..],
        '#' => "＃" + line[1..],
        _ => line,
    };

    [GeneratedRegex("<(?=[A-Za-z/!])")]
    private static partial Regex TagOpening();
}
