using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Jixiao.Import.Tests.Documents.Pdf;

/// <summary>
/// A seed's text (markdown with pipe tables whose cells may hold &lt;p&gt;) as a simple HTML page for LibreOffice
/// to print as a PDF: headings, paragraphs, and tables with borders whose empty cells become merged cells
/// (an empty cell under a filled one spans down when the cell left of it is empty too, an empty cell right of a filled one
/// spans right when the cell under it is filled).
/// A table that goes on after a blank line with an empty first row (a page break in the seed) is one table.
/// </summary>
internal static partial class SeedHtml
{
    public static string Convert(string markdown)
    {
        var lines = markdown.Replace("\r", "", StringComparison.Ordinal).Split('\n');
        var html = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body>\n");
        for (var i = 0; i < lines.Length;)
        {
            var line = lines[i].Trim();
            if (line.StartsWith('|'))
            {
                var rows = new List<string[]>();
                while (i < lines.Length)
                {
                    for (; i < lines.Length && lines[i].TrimStart().StartsWith('|'); i++)
                    {
                        if (!Separator().IsMatch(lines[i]))
                        {
                            rows.Add(Cells(lines[i].Trim()));
                        }
                    }

                    var next = i;
                    while (next < lines.Length && lines[next].Trim().Length == 0)
                    {
                        next++;
                    }

                    if (next >= lines.Length || !lines[next].TrimStart().StartsWith('|') || Cells(lines[next].Trim()) is var first && (first.Length != rows[0].Length || first.Any(cell => cell.Length > 0)))
                    {
                        break;
                    }

                    i = next + 1;
                }

                Table(html, rows);
                continue;
            }

            i++;
            if (line.Length == 0)
            {
                continue;
            }

            var hashes = line.TakeWhile(c => c == '#').Count();
            if (hashes > 0)
            {
                var level = Math.Min(hashes, 3);
                html.Append(CultureInfo.InvariantCulture, $"<h{level}>{Inline(line[hashes..].Trim())}</h{level}>\n");
            }
            else
            {
                html.Append("<p>").Append(Inline(line)).Append("</p>\n");
            }
        }

        return html.Append("</body></html>\n").ToString();
    }

    private static string Attribute(string name, int value) => string.Create(CultureInfo.InvariantCulture, $" {name}=\"{value}\"");

    private static string[] Cells(string row) => [.. row.Trim('|').Split('|').Select(cell => cell.Trim())];

    private static void Table(StringBuilder html, List<string[]> rows)
    {
        var width = rows.Max(row => row.Length);
        var grid = rows.Select(row => row.Concat(Enumerable.Repeat("", width - row.Length)).ToArray()).ToArray();
        var covered = new bool[grid.Length, width];
        html.Append("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">\n");
        for (var r = 0; r < grid.Length; r++)
        {
            html.Append("<tr>");
            for (var c = 0; c < width; c++)
            {
                if (covered[r, c])
                {
                    continue;
                }

                var colspan = 1;
                while (c + colspan < width && grid[r][c + colspan].Length == 0 && grid[r][c].Length > 0 && !covered[r, c + colspan]
                    && (r + 1 >= grid.Length || grid[r + 1][c + colspan].Length > 0))
                {
                    colspan++;
                }

                var rowspan = 1;
                while (r + rowspan < grid.Length && grid[r][c].Length > 0 && colspan == 1
                    && grid[r + rowspan][c].Length == 0 && !covered[r + rowspan, c] && (c == 0 || grid[r + rowspan][c - 1].Length == 0)
                    && grid[r + rowspan].Any(cell => cell.Length > 0))
                {
                    rowspan++;
                }

                for (var dr = 0; dr < rowspan; dr++)
                {
                    for (var dc = 0; dc < colspan; dc++)
                    {
                        covered[r + dr, c + dc] = true;
                    }
                }

                html.Append("<td").Append(colspan > 1 ? Attribute("colspan", colspan) : "").Append(rowspan > 1 ? Attribute("rowspan", rowspan) : "").Append('>');
                var paragraphs = Paragraph().Split(grid[r][c]).Select(text => text.Trim()).Where(text => text.Length > 0);
                html.Append(string.Join("", paragraphs.Select(text => "<p>" + Inline(text) + "</p>"))).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</table>\n");
    }

    /// <summary>Text escaped for HTML, with markdown **bold** as &lt;b&gt;.</summary>
    private static string Inline(string text) => Bold().Replace(WebUtility.HtmlEncode(text), "<b>$1</b>");

    [GeneratedRegex(@"^\s*\|?\s*:?-{2,}")]
    private static partial Regex Separator();

    [GeneratedRegex(@"</?p>|<br\s*/?>")]
    private static partial Regex Paragraph();

    [GeneratedRegex(@"\*\*(.+?)\*\*")]
    private static partial Regex Bold();
}
