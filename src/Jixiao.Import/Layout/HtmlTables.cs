using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Import.Text;

namespace Jixiao.Import.Layout;

/// <summary>
/// Reads an HTML table as converters emit it (&lt;table&gt;&lt;tr&gt;&lt;td rowspan="2"&gt;…): cells a colspan or rowspan
/// covers become empty cells, as in a markdown table, so that one reader serves both.
/// </summary>
internal static partial class HtmlTables
{
    public static bool Opens(SourceString line) => line.Value.Contains("<table", StringComparison.OrdinalIgnoreCase);

    public static bool Closes(SourceString line) => line.Value.Contains("</table>", StringComparison.OrdinalIgnoreCase);

    public static List<List<Cell>> Rows(SourceString html)
    {
        var rows = new List<List<Cell>>();
        var spans = new Dictionary<int, int>();
        foreach (Match row in Row().Matches(html.Value))
        {
            var cells = new List<Cell>();
            foreach (Match cell in Data().Matches(row.Groups["body"].Value))
            {
                while (spans.TryGetValue(cells.Count, out var left) && left > 0)
                {
                    spans[cells.Count] = left - 1;
                    cells.Add(new Cell([]));
                }

                var body = cell.Groups["body"];
                var (colspan, rowspan) = (Span(cell.Groups["attrs"].Value, "colspan"), Span(cell.Groups["attrs"].Value, "rowspan"));
                for (var k = 0; k < colspan; k++)
                {
                    if (rowspan > 1)
                    {
                        spans[cells.Count] = rowspan - 1;
                    }

                    cells.Add(k == 0 ? PipeTables.ReadCell(html.Slice(row.Groups["body"].Index + body.Index, body.Length)) : new Cell([]));
                }
            }

            while (spans.TryGetValue(cells.Count, out var rest) && rest > 0)
            {
                spans[cells.Count] = rest - 1;
                cells.Add(new Cell([]));
            }

            rows.Add(cells);
        }

        return rows;
    }

    private static int Span(string attributes, string name)
    {
        var match = Regex.Match(attributes, name + @"\s*=\s*[""']?(\d{1,2})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        return match.Success ? Math.Max(1, int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)) : 1;
    }

    [GeneratedRegex(@"<tr\b[^>]*>(?<body>.*?)(?:</tr>|(?=<tr\b)|$)", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Row();

    [GeneratedRegex(@"<t[dh]\b(?<attrs>[^>]*)>(?<body>.*?)(?:</t[dh]>|(?=<t[dh]\b)|$)", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Data();
}
