using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Jixiao.Import.Tests.Documents.Fixtures;

/// <summary>
/// Writes a report held as text (the seeds, the corpus) as the Word document a department would have sent: body
/// paragraphs in 仿宋_GB2312 on A4, outline headings (一、（一）1.) and markdown `#` lines as heading styles that keep
/// their printed numbers, pipe, HTML and tab-separated tables as bordered Word tables (colspan → gridSpan, rowspan →
/// vMerge; a table the text broke at a page is one table again), **bold** as bold runs, and a page number in the
/// footer. Every other line with text is one paragraph, as the text has it. The same text gives the same bytes.
/// </summary>
internal static partial class MarkdownDocx
{
    private sealed record CellText(List<string> Paragraphs, int ColSpan = 1, int RowSpan = 1);

    public static byte[] Write(string text)
    {
        using var package = new MemoryStream();
        using (var document = WordprocessingDocument.Create(package, WordprocessingDocumentType.Document))
        {
            var main = document.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rIdMain");
            main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = MarkdownDocxStyles.Create();
            var footer = main.AddNewPart<FooterPart>("rIdFooter");
            footer.Footer = MarkdownDocxStyles.PageNumberFooter();
            var body = new Body();
            body.Append(Blocks(text.ReplaceLineEndings("\n").Split('\n')));
            body.Append(MarkdownDocxStyles.A4Section("rIdFooter"));
            main.Document = new Document(body);
        }

        return WithFixedTimes(package.ToArray());
    }

    /// <summary>Tables (pipe, HTML, two or more tab-separated lines) and, for every other line with text, a paragraph.</summary>
    private static List<OpenXmlElement> Blocks(string[] lines)
    {
        var blocks = new List<OpenXmlElement>();
        for (var i = 0; i < lines.Length;)
        {
            var rows = IsPipeRow(lines[i]) ? Spanned(PipeRows(lines, ref i))
                : lines[i].Contains("<table", StringComparison.OrdinalIgnoreCase) ? HtmlRows(lines, ref i)
                : IsTabbed(lines, i) && IsTabbed(lines, i + 1) ? Spanned(TabRows(lines, ref i))
                : null;
            if (rows is null)
            {
                if (lines[i].Trim().Length > 0)
                {
                    blocks.Add(Paragraph(lines[i].TrimEnd()));
                }

                i++;
            }
            else if (rows.Count > 0)
            {
                blocks.Add(Table(rows));
            }
        }

        return blocks;
    }

    private static List<List<CellText>> HtmlRows(string[] lines, ref int i)
    {
        var html = new List<string>();
        for (; i < lines.Length && (html.Count == 0 || !html[^1].Contains("</table>", StringComparison.OrdinalIgnoreCase)); i++)
        {
            html.Add(lines[i]);
        }

        return [.. HtmlRow().Matches(string.Join(' ', html)).Select(row => HtmlCells(row.Groups[1].Value))];
    }

    private static bool IsTabbed(string[] lines, int i) => i < lines.Length && lines[i].Contains('\t', StringComparison.Ordinal);

    private static List<List<CellText>> TabRows(string[] lines, ref int i)
    {
        var rows = new List<List<CellText>>();
        for (; IsTabbed(lines, i); i++)
        {
            rows.Add([.. lines[i].TrimEnd('\r').Split('\t').Select(cell => new CellText(Paragraphs(cell)))]);
        }

        return rows;
    }

    /// <summary>
    /// Markdown and tab-separated text write a merged cell as the cell and empty ones after it; in Word it is one
    /// cell spanning them. Empty cells at a row's start stay: they stand under cells merged from above.
    /// </summary>
    private static List<List<CellText>> Spanned(List<List<CellText>> rows) =>
        [.. rows.Select(row => row.Aggregate(new List<CellText>(), (cells, cell) =>
        {
            if (cell.Paragraphs.Count == 0 && cells.Count > 0 && cells[^1].Paragraphs.Count > 0)
            {
                cells[^1] = cells[^1] with { ColSpan = cells[^1].ColSpan + 1 };
            }
            else
            {
                cells.Add(cell);
            }

            return cells;
        }))];

    /// <summary>A line of the text as a paragraph: a heading when it is a markdown heading or a short numbered title.</summary>
    private static Paragraph Paragraph(string line)
    {
        var hashes = line.TrimStart().TakeWhile(c => c == '#').Count();
        var text = hashes > 0 ? line.TrimStart().TrimStart('#').Trim() : line;
        var marker = OutlineMarker().Match(text.TrimStart());
        var title = text.TrimStart()[marker.Length..].Trim();
        string? style = !marker.Success ? (hashes > 0 ? "Title" : null)
            : hashes > 0 || IsShortTitle(title) ? "Heading" + (marker.Groups["part"].Success || marker.Groups["comma"].Success ? 1 : marker.Groups["paren"].Success ? 2 : 3)
            : null;
        var paragraph = new Paragraph(Runs(text));
        if (style is not null)
        {
            paragraph.PrependChild(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        return paragraph;
    }

    /// <summary>Short, one clause, at most a full stop at its end: a title, as the text pipeline reads one.</summary>
    private static bool IsShortTitle(string text) =>
        text.Length is > 0 and <= 30 && text.TrimEnd('。', '.', '：', ':').IndexOfAny(['。', '，', '；', ',', ';']) < 0 && !TwoNumbers().IsMatch(text);

    /// <summary>Text as runs: **bold** spans bold, tabs as Word tabs, blanks kept as printed.</summary>
    private static IEnumerable<Run> Runs(string text)
    {
        var pieces = Bold().Split(text); // odd pieces were between ** and **
        for (var p = 0; p < pieces.Length; p++)
        {
            var parts = pieces[p].Split('\t');
            var run = new Run();
            if (p % 2 == 1)
            {
                run.Append(new RunProperties(new Bold()));
            }

            for (var t = 0; t < parts.Length; t++)
            {
                if (t > 0)
                {
                    run.Append(new TabChar());
                }

                if (parts[t].Length > 0)
                {
                    run.Append(new WordText(parts[t]) { Space = SpaceProcessingModeValues.Preserve });
                }
            }

            if (run.ChildElements.Any(child => child is not RunProperties))
            {
                yield return run;
            }
        }
    }

    private static List<CellText> HtmlCells(string row) =>
        [.. HtmlCell().Matches(row).Select(cell => new CellText(
            Paragraphs(cell.Groups["body"].Value), Span(cell.Groups["attrs"].Value, "colspan"), Span(cell.Groups["attrs"].Value, "rowspan")))];

    private static int Span(string attributes, string name) =>
        Regex.Match(attributes, name + @"\s*=\s*[""']?(\d+)", RegexOptions.IgnoreCase) is { Success: true } span ? int.Parse(span.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 1;

    /// <summary>A cell's paragraphs: split at &lt;p&gt; and &lt;br&gt;, other tags dropped, entities decoded.</summary>
    private static List<string> Paragraphs(string cell) =>
        [.. CellBreak().Split(cell).Select(part => WebUtility.HtmlDecode(Tag().Replace(part, "")).Trim()).Where(part => part.Length > 0)];

    /// <summary>The package with every entry dated alike, so that the same text gives the same bytes.</summary>
    private static byte[] WithFixedTimes(byte[] package)
    {
        using var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var target = new MemoryStream();
        using (var zip = new ZipArchive(target, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                var copy = zip.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }

        return target.ToArray();
    }

    [GeneratedRegex(@"^(?:(?<part>第[一二三四五六七八九十]+部分)|(?<comma>[一二三四五六七八九十]+、)|(?<paren>[（(][一二三四五六七八九十]+[）)])|\d{1,2}[.、．](?!\d))\s*")]
    private static partial Regex OutlineMarker();

    [GeneratedRegex(@"\d\s+\d")]
    private static partial Regex TwoNumbers();

    [GeneratedRegex(@"\*\*(.+?)\*\*")]
    private static partial Regex Bold();

    [GeneratedRegex(@"<tr\b[^>]*>(.*?)</tr>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex HtmlRow();

    [GeneratedRegex(@"<t[dh]\b(?<attrs>[^>]*)>(?<body>.*?)</t[dh]>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex HtmlCell();

    [GeneratedRegex(@"</?p\b[^>]*>|<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex CellBreak();

    [GeneratedRegex(@"<[/!]?[A-Za-z][^>]*>")]
    private static partial Regex Tag();
}
