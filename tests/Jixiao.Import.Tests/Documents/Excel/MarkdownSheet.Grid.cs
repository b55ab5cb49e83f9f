using System.Text.RegularExpressions;

namespace Jixiao.Import.Tests.Documents.Excel;

internal static partial class MarkdownSheet
{
    /// <summary>The sheet's rows (null for a blank one) and merged ranges, read line by line from the text.</summary>
    private sealed partial class Grid
    {
        private int _tableStart = -1;
        private bool _continued;

        public List<List<string>?> Rows { get; } = [];

        public List<(int Top, int Left, int Bottom, int Right)> Merges { get; } = [];

        public void Read(string text)
        {
            var lines = text.Replace("\r", "", StringComparison.Ordinal).Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i].Trim(' ', '\u3000');
                if (line.Contains("<table", StringComparison.Ordinal))
                {
                    var html = line;
                    while (!html.Contains("</table>", StringComparison.Ordinal) && i + 1 < lines.Length)
                    {
                        html += lines[++i];
                    }

                    Html(html);
                    _tableStart = -1;
                }
                else if (line.Length == 0 || Jixiao.Import.Layout.PageNumbers.IsFurniture(line))
                {
                    // A page number is no row of a workbook.
                    _tableStart = -1;
                    if (Rows.Count > 0 && Rows[^1] is not null)
                    {
                        Rows.Add(null);
                    }
                }
                else if (line.StartsWith('|'))
                {
                    Pipe(line);
                }
                else
                {
                    _tableStart = -1;
                    Rows.Add(line.Contains('\t', StringComparison.Ordinal) ? [.. line.Split('\t').Select(cell => cell.Trim())] : [Markdown().Replace(line, "").Replace("**", "", StringComparison.Ordinal)]);
                }
            }
        }

        private void Pipe(string line)
        {
            if (Separator().IsMatch(line))
            {
                return;
            }

            var cells = line.Trim('|').Split('|').Select(Paragraphs).ToList();
            if (_tableStart < 0)
            {
                // A table right after another of as many columns, from an empty row, a repeated row or an empty first cell, goes on after a page break.
                var blanks = Rows.Count - 1 - Rows.FindLastIndex(row => row is not null);
                var previous = Rows.Count > blanks ? Rows[^(blanks + 1)] : null;
                _continued = previous is not null && previous.Count == cells.Count && previous.Count > 1
                    && (cells.All(cell => cell.Length == 0) || cells[0].Length == 0 || Rows.Any(row => row is not null && row.SequenceEqual(cells)));
                if (_continued)
                {
                    Rows.RemoveRange(Rows.Count - blanks, blanks);
                }

                _tableStart = _continued ? Rows.FindLastIndex(row => row is null) + 1 : Rows.Count;
            }

            if (_continued && (cells.All(cell => cell.Length == 0) || Rows.Skip(_tableStart).Any(row => row is not null && row.SequenceEqual(cells))))
            {
                return;
            }

            if (_continued && cells[0].Length == 0)
            {
                Join(cells);
            }

            _continued = false;
            if (cells.Any(cell => cell.Length > 0))
            {
                Rows.Add(cells);
            }
        }

        /// <summary>Text under a spanned cell, at a page break, ends the cell it spans from: it goes back there, as the table readers join it.</summary>
        private void Join(List<string> cells)
        {
            var above = Rows[^1]!;
            for (var c = 0; c < cells.Count; c++)
            {
                if (cells[c].Length > 0 && above[c].Length == 0 && Rows.LastOrDefault(row => row is not null && c < row.Count && row[c].Length > 0) is { } spanning)
                {
                    spanning[c] += cells[c];
                    cells[c] = "";
                }
            }

            // One cell left, under a filled one, with no values beside it: the rest of the cell above.
            if (cells.Count(cell => cell.Length > 0) == 1 && cells.FindIndex(cell => cell.Length > 0) is var only && above[only].Length > 0)
            {
                above[only] += cells[only];
                cells[only] = "";
            }
        }

        /// <summary>An HTML table: each cell at the next column its row has free, its colspan and rowspan a merged range.</summary>
        private void Html(string html)
        {
            var top = Rows.Count;
            var taken = new HashSet<(int Row, int Column)>();
            foreach (var (tr, r) in HtmlRow().Matches(html).Select((match, index) => (match, top + index)))
            {
                var cells = new List<string>();
                var c = 0;
                foreach (Match td in HtmlCell().Matches(tr.Groups[1].Value))
                {
                    while (taken.Contains((r, c)))
                    {
                        c++;
                    }

                    var (colspan, rowspan) = (Span(td.Groups[1].Value, "colspan"), Span(td.Groups[1].Value, "rowspan"));
                    for (var dr = 0; dr < rowspan; dr++)
                    {
                        for (var dc = 0; dc < colspan; dc++)
                        {
                            taken.Add((r + dr, c + dc));
                        }
                    }

                    while (cells.Count <= c)
                    {
                        cells.Add("");
                    }

                    cells[c] = Paragraphs(td.Groups[2].Value);
                    if (colspan > 1 || rowspan > 1)
                    {
                        Merges.Add((r, c, r + rowspan - 1, c + colspan - 1));
                    }

                    c += colspan;
                }

                Rows.Add(cells);
            }
        }

        private static int Span(string attributes, string name) =>
            Regex.Match(attributes, name + "=\"(\\d+)\"") is { Success: true } span ? int.Parse(span.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 1;

        /// <summary>A cell's paragraphs (&lt;p&gt;, &lt;br&gt;) as the lines Alt+Enter makes.</summary>
        private static string Paragraphs(string cell) => string.Join('\n', Break().Split(cell).Select(p => p.Trim()).Where(p => p.Length > 0));

        [GeneratedRegex(@"^\|?\s*:?-{2,}")]
        private static partial Regex Separator();

        [GeneratedRegex(@"</?p>|<br\s*/?>")]
        private static partial Regex Break();

        [GeneratedRegex(@"^(?:#+\s*|[-*•]\s+)")]
        private static partial Regex Markdown();

        [GeneratedRegex(@"<tr[^>]*>(.*?)</tr>", RegexOptions.Singleline)]
        private static partial Regex HtmlRow();

        [GeneratedRegex(@"<t[dh]([^>]*)>(.*?)</t[dh]>", RegexOptions.Singleline)]
        private static partial Regex HtmlCell();
    }
}
