using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Jixiao.Import.Tests.Documents.Word;

/// <summary>
/// Rebuilds a seed report (markdown or PDF text) as the Word document it was made from, simply: a # line is a
/// heading-style paragraph without its hashes, other lines are paragraphs, pipe tables are Word tables whose
/// cells hold their &lt;p&gt; / &lt;br&gt; paragraphs. A table the PDF split over pages is one table again, and a merged cell the
/// page break cut is joined again. Merged cells stay the empty cells markdown has.
/// </summary>
internal static partial class SeedDocx
{
    public static byte[] From(string text)
    {
        var docx = new Docx();
        var lines = text.Replace("\r", "", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length;)
        {
            var line = lines[i].Trim();
            if (line.StartsWith('|'))
            {
                docx.Add(Table(lines, ref i));
                continue;
            }

            if (line.Length > 0)
            {
                var hashes = line.TakeWhile(c => c == '#').Count();
                docx.Paragraph(line[hashes..].Trim(), hashes > 0 ? Math.Min(hashes, 3).ToString(System.Globalization.CultureInfo.InvariantCulture) : null);
            }

            i++;
        }

        return docx.Build();
    }

    private static Table Table(string[] lines, ref int i)
    {
        var rows = new List<List<string[]>>();
        var columns = 0;
        for (var continued = false; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                var next = Array.FindIndex(lines, i, other => other.Trim().Length > 0);
                if (next < 0 || !lines[next].Trim().StartsWith('|') || Cells(lines[next].Trim()).Count != columns)
                {
                    break;
                }

                (i, continued) = (next - 1, true);
                continue;
            }

            if (!line.StartsWith('|') || Separator().IsMatch(line) || Cells(line).All(cell => cell.Length == 0))
            {
                if (!line.StartsWith('|'))
                {
                    break;
                }

                continue;
            }

            var row = Cells(line);
            columns = Math.Max(columns, row.Count);
            if (continued)
            {
                Continue(rows, row);
            }

            if (row.Any(cell => cell.Length > 0))
            {
                rows.Add(row);
            }

            continued = false;
        }

        return DocxTables.Table(columns, [.. rows.Select(row => DocxTables.Row([.. row.Concat(Enumerable.Repeat(Array.Empty<string>(), columns - row.Count)).Select(Cell)]))]);
    }

    /// <summary>
    /// The first row after a page break: a text under a cell left empty by a merge goes on in the merged cell
    /// above it (the break cut that cell's text); other texts stay in their row.
    /// </summary>
    private static void Continue(List<List<string[]>> rows, List<string[]> row)
    {
        for (var c = 0; c < row.Count && rows.Count > 0; c++)
        {
            var above = rows.FindLastIndex(r => c < r.Count && r[c].Length > 0);
            if (row[c].Length > 0 && c < rows[^1].Count && rows[^1][c].Length == 0 && above >= 0)
            {
                rows[above][c] = Join(rows[above][c], row[c]);
                row[c] = [];
            }
        }
    }

    private static TableCell Cell(string[] paragraphs) => DocxTables.Cell(1, null, paragraphs.Length == 0 ? [""] : paragraphs);

    /// <summary>The paragraphs of each cell of a pipe row.</summary>
    private static List<string[]> Cells(string line) =>
        [.. line.Trim('|').Split('|').Select(cell => Break().Split(cell).Select(part => Tag().Replace(part, "").Replace("&nbsp;", " ", StringComparison.Ordinal).Trim()).Where(part => part.Length > 0).ToArray())];

    /// <summary>A cell cut by a page break goes on in the same paragraph.</summary>
    private static string[] Join(string[] above, string[] rest) =>
        above.Length == 0 || rest.Length == 0 ? [.. above, .. rest] : [.. above[..^1], above[^1] + rest[0], .. rest[1..]];

    [GeneratedRegex(@"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")]
    private static partial Regex Separator();

    [GeneratedRegex(@"</?p\b[^>]*>|<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex Break();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tag();
}
