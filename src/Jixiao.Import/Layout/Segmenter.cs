using Jixiao.Domain.Numbers;
using Jixiao.Import.Text;

namespace Jixiao.Import.Layout;

/// <summary>
/// The second step of extraction: normalized lines → headings, paragraphs and tables.
/// Lines a converter broke inside a sentence are joined again: a line that fills the page's
/// width (or a long line ending inside a word) and has no sentence end runs on into the next.
/// A table continued after a page break with the same columns is one table.
/// </summary>
internal static partial class Segmenter
{
    private const string SentenceEnds = "。！？；!?;";

    /// <summary>
    /// The blocks of <paramref name="lines"/>; where a document's reader printed tables (<paramref name="printed"/>), those
    /// are its tables, cell by cell, and no markup in its paragraphs makes another.
    /// </summary>
    public static List<Block> Segment(IReadOnlyList<SourceString> lines, IReadOnlyList<Documents.PrintedTable>? printed = null, SourceText? source = null)
    {
        var wrapWidth = WrapWidth(lines);
        var running = RunningHeads(lines);
        var blocks = new List<Block>();
        var tables = 0;
        var known = printed?.Where(table => table.FirstLine < lines.Count).ToDictionary(table => table.FirstLine);
        for (var i = 0; i < lines.Count;)
        {
            if (known is not null && known.TryGetValue(i, out var table0))
            {
                // A printed table right after another with its columns goes on with it from an empty first cell (a table
                // printed in two, the second part without a header). One that repeats the header is read as a table of its own.
                var rows = Cells(table0, lines, source!);
                var before = blocks.Count > 0 && blocks[^1].Table is null && blocks[^1].Text.Value.Trim() == "<table>" ? blocks.Count - 2 : blocks.Count - 1;
                if (before >= 0 && blocks[before].Table is { PrintedAt: not null, Rows.Count: > 0 } previous && rows.Count > 0 && rows[0].Count > 0 && rows[0].Count == previous.Rows[0].Count && rows[0][0].IsEmpty)
                {
                    previous.Breaks.Add(previous.Rows.Count);
                    previous.Rows.AddRange(rows.SkipWhile(row => row.All(cell => cell.IsEmpty) || previous.Rows.Any(above => SameRow(row, above))));
                    previous.PrintedParts.Add(i);
                }
                else
                {
                    var printedTable = new Table(++tables, rows) { PrintedAt = i };
                    printedTable.Breaks.UnionWith(table0.Breaks);
                    blocks.Add(new Block { Kind = BlockKind.Table, Text = SourceString.Empty, Table = printedTable });
                }

                i = table0.LastLine + 1;
                continue;
            }

            var line = lines[i];
            if (line.Length == 0 || PageNumbers.IsFurniture(line.Value) || (running.Contains(line.Value) && blocks.Count > 0))
            {
                i++;
                continue;
            }

            if (Table(lines, ref i, readHtml: known is null) is { } table)
            {
                if (table.IsPipe && blocks.Count > 0 && blocks[^1].Table is { } previous && Continues(previous, table.Rows))
                {
                    previous.Breaks.Add(previous.Rows.Count);
                    previous.Rows.AddRange(table.Rows.SkipWhile(row => row.All(cell => cell.IsEmpty) || previous.Rows.Any(above => SameRow(row, above))));
                }
                else
                {
                    blocks.Add(new Block { Kind = BlockKind.Table, Text = SourceString.Empty, Table = new Table(++tables, table.Rows) });
                }

                continue;
            }

            var parts = new List<SourceString> { line };
            i++;
            while (NextText(lines, i, running) is var next and >= 0 && IsPlain(lines[next])
                && (RunsOn(parts[^1], wrapWidth) || (next == i && UnitCarriedOver(parts[^1], lines[next])))
                && !(parts.Count == 1 && next > i && IsHeading(line) && !FillsWidth(line, wrapWidth)))
            {
                parts.Add(lines[next]);
                i = next + 1;
            }

            AddText(blocks, parts);
        }

        return blocks;
    }

    /// <summary>A printed table's cells: each paragraph the normalized text of the range its reader printed it at.</summary>
    private static List<List<Cell>> Cells(Documents.PrintedTable table, IReadOnlyList<SourceString> lines, SourceText source) =>
    [
        .. table.Rows.Select(row => row.Select(cell => new Cell(
        [
            .. cell.Select(range => Printed(range.Start, range.End, lines, source)).Where(paragraph => paragraph.Length > 0),
        ])).ToList()),
    ];

    private static SourceString Printed(int start, int end, IReadOnlyList<SourceString> lines, SourceText source)
    {
        var index = source.Locate(start).Line - 1;
        if (index >= lines.Count)
        {
            return SourceString.Empty;
        }

        var line = lines[index];
        var first = 0;
        while (first < line.Length && line.OriginOf(first) < start)
        {
            first++;
        }

        var last = first;
        while (last < line.Length && line.OriginOf(last) < end)
        {
            last++;
        }

        return line.Slice(first, last - first).Trim();
    }

    private static void AddText(List<Block> blocks, List<SourceString> parts)
    {
        var text = SourceString.Concat(parts);
        if (TitleAtEnd(text) is var at and > 0)
        {
            // 「……大局和谐稳定。 （三）部门整体支出绩效目标」: a section's numbered title run on to the paragraph before it
            // (an editor that joined the lines) is the title of the next section.
            AddText(blocks, [text.Slice(0, at).Trim()]);
            AddText(blocks, [text.Slice(at).Trim()]);
            return;
        }

        var hashes = 0;
        while (hashes < text.Length && text[hashes] == '#')
        {
            hashes++;
        }

        var rest = text.Slice(hashes).Trim();
        var bullet = rest.Length > 1 && rest[0] is '-' or '*' or '•' or '·' && rest[1] == ' ';
        if (bullet)
        {
            rest = rest.Slice(2).Trim();
        }

        // 一是 / 二是 run inside paragraphs; lists split them, the outline does not.
        var marker = Marker.Read(rest.Value) is { Style: not MarkerStyle.Inline } read ? read : null;
        var body = marker is null ? rest : rest.Slice(marker.Length).Trim();
        marker ??= bullet ? new Marker(MarkerStyle.Bullet, 0, 0) : null;
        if (hashes > 0 && body.Length <= 60 || marker is not null && marker.Style < MarkerStyle.Labelled && IsShortTitle(body.Value))
        {
            blocks.Add(new Block { Kind = BlockKind.Heading, Marker = marker, Hashes = hashes, Text = body });
            return;
        }

        var paragraph = new Block { Kind = BlockKind.Paragraph, Marker = marker, Text = body };
        if (marker is not null && marker.Style < MarkerStyle.Labelled && paragraph.Title is { Length: > 0 and <= 20 } title
            && (SectionTitles.Classify(title) != SectionKind.Other || (title.Length <= 8 && body.Length > title.Length && body[title.Length] == '。'))
            && TitleEnding().IsMatch(title))
        {
            // 「（二）履职效能分析。指标分值 50 分……」「（二）完成情况。全年……」: a title with its first paragraph on one line.
            // The title keeps its full stop, so that an item joined again from the two reads as printed.
            var cut = Math.Min(title.Length + 1, body.Length);
            blocks.Add(new Block { Kind = BlockKind.Heading, Marker = marker, Text = body.Slice(0, cut) });
            blocks.Add(new Block { Kind = BlockKind.Paragraph, Text = body.Slice(cut).Trim() });
            return;
        }

        if (marker is null && !bullet && body.Length <= 16 && body.Value.IndexOfAny(['，', '。', '；', ',', '：', ':']) < 0
            && SectionTitles.Classify(body.Value) != SectionKind.Other)
        {
            blocks.Add(new Block { Kind = BlockKind.Heading, Text = body });
            return;
        }

        blocks.Add(paragraph);
    }

    /// <summary>A title line: short, one clause, at most a full stop at its end.</summary>
    /// <summary>Where a numbered section title at the end of a paragraph starts (after a full stop and a blank), or -1.</summary>
    private static int TitleAtEnd(SourceString text)
    {
        var value = text.Value;
        var stop = value.LastIndexOf('。');
        if (stop <= 0 || stop + 2 >= value.Length || !char.IsWhiteSpace(value[stop + 1]))
        {
            return -1;
        }

        var tail = value[(stop + 1)..].Trim();
        return Marker.Read(tail) is { Style: < MarkerStyle.Labelled } marker && tail[marker.Length..].Trim() is { Length: > 0 and <= 20 } title
            && title.IndexOfAny(['，', '。', '；', ',', '：', ':']) < 0 && SectionTitles.Classify(title) != SectionKind.Other
            ? stop + 1
            : -1;
    }

    private static bool IsShortTitle(string text) =>
        text.Length is > 0 and <= 30 && text.TrimEnd('。', '.', '：', ':').IndexOfAny(['。', '，', '；', ',', ';']) < 0 && !TwoNumbers().IsMatch(text);

    /// <summary>A title ends as a heading does (……情况, ……分析, ……措施); 「预算执行进度前慢后快」 is a sentence.</summary>
    [System.Text.RegularExpressions.GeneratedRegex("(情况|分析|目标|问题|措施|举措|结论|成效|任务|说明|评价|建议|不足|计划|方向|原因|概况|职能|指标|得分|项目|绩效)$")]
    private static partial System.Text.RegularExpressions.Regex TitleEnding();

    /// <summary>「一、基本支出 6777.42 6759.56」 is a table row, not a title.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\d\s+\d")]
    private static partial System.Text.RegularExpressions.Regex TwoNumbers();

    /// <summary>The next line with text, past blank lines and page furniture (a page break inside a sentence).</summary>
    private static int NextText(IReadOnlyList<SourceString> lines, int i, HashSet<string> running)
    {
        while (i < lines.Count && (lines[i].Length == 0 || PageNumbers.IsFurniture(lines[i].Value) || running.Contains(lines[i].Value)))
        {
            i++;
        }

        return i < lines.Count ? i : -1;
    }

    /// <summary>
    /// A page's running head: a short line printed again and again (「××局2023年度部门整体支出绩效自评报告」 at each
    /// page's top). Kept once, where it first stands; its repeats are page furniture.
    /// </summary>
    private static HashSet<string> RunningHeads(IReadOnlyList<SourceString> lines) =>
        // A table's own lines (<table>, </table>) repeat once a table: they are no page's running head.
        [.. lines.Where(line => line.Length is >= 6 and <= 40 && !PipeTables.IsRow(line) && !HtmlTables.Opens(line) && !HtmlTables.Closes(line))
            .GroupBy(line => line.Value)
            .Where(group => group.Count() >= 3 && !group.Key.Contains('\t', StringComparison.Ordinal) && group.Key.IndexOfAny(['。', '；']) < 0)
            .Select(group => group.Key)];

    /// <summary>A line that can continue a paragraph: no table row (pipes or tabs), no markdown heading or bullet, no outline number, no page number.</summary>
    private static bool IsPlain(SourceString line) =>
        !PipeTables.IsRow(line) && !IsDelimited(line) && line[0] is not ('#' or '-' or '*' or '•') && Marker.Read(line.Value) is null && !PageNumbers.IsPageNumber(line.Value) && !PageNumbers.IsFurniture(line.Value);

    /// <summary>
    /// A title with a 一、 or （一） number: a blank line after it ends it, however long it is, unless it fills the
    /// page's width (「九、部门整体支出绩效自评结果拟应用和公开情况」 is no broken sentence).
    /// </summary>
    private static bool IsHeading(SourceString line) => Marker.Read(line.Value) is { Style: MarkerStyle.ChineseComma or MarkerStyle.ChineseParen or MarkerStyle.Part };

    private static bool FillsWidth(SourceString line, int wrapWidth) => wrapWidth > 0 && Width(line.Value) >= wrapWidth * 85 / 100;

    /// <summary>A line broken by a converter: as wide as the page, or long and cut inside a word, without a sentence end; a table row never (its width is its columns).</summary>
    private static bool RunsOn(SourceString line, int wrapWidth)
    {
        var last = line[^1];
        if (SentenceEnds.Contains(last, StringComparison.Ordinal) || PipeTables.IsRow(line) || IsDelimited(line) || line[0] == '#')
        {
            return false;
        }

        var width = Width(line.Value);
        return (wrapWidth > 0 && width >= wrapWidth * 85 / 100) || (line.Length >= 20 && last is >= '\u4e00' and <= '\u9fff' && width < 400);
    }

    /// <summary>A number at a line's end whose unit begins the next line (「预算收入 1,580.00」「万元，……」, 「得分 92. 6」「分，……」): one sentence, however short the line.</summary>
    public static bool UnitCarriedOver(SourceString line, SourceString next) => char.IsAsciiDigit(line[^1]) && UnitFirst().IsMatch(next.Value);

    /// <summary>分 only as a unit (「分，」), not the first character of 分析 or 分别.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(" + Money.Units + @"|千元|%|％|分(?=[，。；、,;\s]|$))")]
    private static partial System.Text.RegularExpressions.Regex UnitFirst();

    /// <summary>The width a converter wrapped lines at, if most long lines share one; else 0.</summary>
    private static int WrapWidth(IReadOnlyList<SourceString> lines)
    {
        var widths = lines.Where(line => line.Length > 0 && !PipeTables.IsRow(line)).Select(line => Width(line.Value)).Where(width => width >= 30).Order().ToList();
        if (widths.Count < 10)
        {
            return 0;
        }

        var high = widths[widths.Count * 9 / 10];
        var near = widths.Count(width => width >= high * 85 / 100 && width <= high * 110 / 100);
        return high <= 160 && near * 3 >= widths.Count ? high : 0;
    }

    /// <summary>Display width: a Chinese character is two columns.</summary>
    public static int Width(string text)
    {
        var width = 0;
        foreach (var c in text)
        {
            width += c > '\u2E80' ? 2 : 1;
        }

        return width;
    }
}
