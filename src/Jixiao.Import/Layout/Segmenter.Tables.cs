using Jixiao.Import.Text;

namespace Jixiao.Import.Layout;

/// <summary>The segmenter's table rows: tab-separated lines, and tables continued after a page break.</summary>
internal static partial class Segmenter
{
    /// <summary>
    /// The table that starts at line <paramref name="i"/>: markdown pipes, HTML, or two or more tab-separated lines;
    /// <paramref name="i"/> moves past it. Null when no table starts there.
    /// </summary>
    private static (List<List<Cell>> Rows, bool IsPipe)? Table(IReadOnlyList<SourceString> lines, ref int i, bool readHtml)
    {
        var rows = new List<List<Cell>>();
        if (PipeTables.IsRow(lines[i]))
        {
            for (; i < lines.Count && PipeTables.IsRow(lines[i]); i++)
            {
                if (PipeTables.Row(lines[i]) is { } row)
                {
                    rows.Add(row);
                }
            }

            return (rows, true);
        }

        if (readHtml && HtmlTables.Opens(lines[i]))
        {
            var html = new List<SourceString>();
            for (; i < lines.Count && (html.Count == 0 || !HtmlTables.Closes(html[^1])); i++)
            {
                html.Add(lines[i]);
            }

            return (HtmlTables.Rows(SourceString.Concat(html, " ")), false);
        }

        if (IsDelimited(lines[i]) && i + 1 < lines.Count && IsDelimited(lines[i + 1]))
        {
            // A line without tabs between tabbed ones is a row whose cells a merged cell left empty but one. The header
            // row printed again (on the next page) is no row of the table.
            for (; i < lines.Count && (IsDelimited(lines[i]) || (lines[i].Length > 0 && i + 1 < lines.Count && IsDelimited(lines[i + 1]) && rows.Count > 0 && !PipeTables.IsRow(lines[i]))); i++)
            {
                if (DelimitedRow(lines[i]) is var row && (rows.Count == 0 || !SameRow(row, rows[0])))
                {
                    rows.Add(row);
                }
            }

            return (rows, false);
        }

        return null;
    }

    private static bool IsDelimited(SourceString line) => line.Value.Contains('\t', StringComparison.Ordinal) && !PipeTables.IsRow(line);

    private static List<Cell> DelimitedRow(SourceString line)
    {
        var cells = new List<Cell>();
        var start = 0;
        for (var i = 0; i <= line.Length; i++)
        {
            if (i == line.Length || line[i] == '\t')
            {
                var text = line.Slice(start, i - start).Trim();
                cells.Add(new Cell(text.Length > 0 ? [text] : []));
                start = i + 1;
            }
        }

        return cells;
    }

    /// <summary>A markdown table after a page break goes on with the same columns, from an empty row, a repeated header or an empty first cell.</summary>
    private static bool Continues(Table previous, List<List<Cell>> rows) =>
        rows.Count > 0 && previous.Rows.Count > 0 && rows[0].Count == previous.Rows[0].Count
        && (rows[0].All(cell => cell.IsEmpty) || previous.Rows.Any(row => SameRow(rows[0], row)) || rows[0][0].IsEmpty);

    private static bool SameRow(List<Cell> a, List<Cell> b) =>
        a.Count == b.Count && a.Zip(b).All(pair => pair.First.Text.Value == pair.Second.Text.Value) && a.Any(cell => !cell.IsEmpty);
}
