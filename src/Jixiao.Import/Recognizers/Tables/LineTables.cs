using System.Text.RegularExpressions;
using Jixiao.Domain.Numbers;
using Jixiao.Import.Extraction;
using Jixiao.Import.Layout;
using Jixiao.Import.Text;

namespace Jixiao.Import.Recognizers.Tables;

/// <summary>
/// Tables that lost their separators: a header of column names (on one line or one per line, as PDF text
/// gives them) followed by rows printed as text — 「预算编制 新增预算项目事前绩效评估 3 3 100%」, or a label line
/// followed by one value per line. Rows are aligned to the header from the right, where their numbers are;
/// a line of a name alone inside an indicator table names a first- or second-level indicator; a task table's header
/// one name a line is followed by its cells one a line (<see cref="FlatTaskRows"/>). The rebuilt table is read by
/// <see cref="TableColumns"/> like any other.
/// </summary>
internal sealed partial class LineTables : IRecognizer
{
    public void Recognize(Document document, FieldBoard board)
    {
        var lines = document.PrintedLines.Where(line => !PipeTables.IsRow(line)).ToList();
        var number = 100;
        for (var i = 0; i < lines.Count; i++)
        {
            if (i + 1 < lines.Count && TableKeyValues.TextField(lines[i].Value) is { } field && TableKeyValues.TextField(lines[i + 1].Value) is null && lines[i + 1].Length <= 60)
            {
                // 「项目名称」 on one line, its value on the next: a two-column table flattened.
                TableKeyValues.ProposeText(board, field, lines[i + 1], document.Locate(lines[i + 1]));
            }

            if (Header(lines, i) is not { } header)
            {
                continue;
            }
            if (header.Lines >= 4 && header.Lines == header.Cells.Count && FlatTaskRows.IsHeader(header.Cells)
                && FlatTaskRows.Read(document, board, lines, header.Next, header.Cells, ++number, header.Unit ?? FlatTaskRows.UnitAbove(lines, i)) is var after
                && after > header.Next)
            {
                i = after - 1;
                continue;
            }

            if (header.Lines >= 4 && IsIndicatorHeader(header.Cells))
            {
                i = Math.Max(i, VerticalIndicators.Read(document, board, lines, header.Next) - 1);
                continue;
            }

            var (rows, next) = Rows(lines, header.Next, header.Cells);
            if (rows.Count > 0)
            {
                // Rows wider than the header carry a label the header left unnamed: align on the right.
                var width = rows.Max(row => row.Count);
                var table = new Table(++number, [[.. Enumerable.Range(0, width - header.Cells.Count).Select(_ => new Cell([])), .. header.Cells], .. rows]);
                TableColumns.Read(document, board, table, header.Unit ?? "");
                i = next - 1;
            }
        }
    }

    /// <summary>Consecutive lines made only of column names (and their units): the header, and the line after it.</summary>
    private static (List<Cell> Cells, string? Unit, int Next, int Lines)? Header(List<SourceString> lines, int start)
    {
        var cells = new List<Cell>();
        string? unit = null;
        var j = start;
        for (; j < lines.Count && j < start + 16; j++)
        {
            // Column names carry no sentence punctuation: most lines are told apart without splitting them.
            if (lines[j].Length > 80 || lines[j].Value.AsSpan().IndexOfAny(SentencePunctuation) >= 0)
            {
                break;
            }

            var tokens = j == start ? AfterCaption(Tokens(lines[j])) : Tokens(lines[j]);
            if (tokens.All(token => UnitOnly().IsMatch(token.Value)))
            {
                unit ??= ColumnNames.UnitIn(lines[j].Value);
                continue;
            }

            if (tokens.Count == 0 || !tokens.All(token => ColumnNames.Of(token.Value) != Column.None || token.Value == "序号"))
            {
                break;
            }

            cells.AddRange(tokens.Select(token => new Cell([token])));
            unit ??= tokens.Select(token => ColumnNames.UnitIn(token.Value)).FirstOrDefault(found => found is not null);
        }

        var columns = cells.Select(cell => ColumnNames.Of(cell.Text.Value)).Where(column => column is not (Column.None or Column.Label)).ToList();
        return columns.Count >= 2 && columns.Distinct().Count() == columns.Count ? (cells, unit, j, j - start) : null;
    }

    /// <summary>
    /// The column names of a header line that a converter glued to the table's caption above it (a paragraph's line break
    /// read as nothing: 「表 4 ……得分情况一级指标 二级指标 分值」): the longest column name a caption's token ends with and
    /// the tokens after it. Other lines, and a caption not followed by column names only, as they are.
    /// </summary>
    private static List<SourceString> AfterCaption(List<SourceString> tokens)
    {
        if (tokens.Count < 3 || !Caption().IsMatch(tokens[0].Value + tokens[1].Value))
        {
            return tokens;
        }

        for (var k = 1; k < tokens.Count - 1; k++)
        {
            var token = tokens[k];
            for (var at = 1; at < token.Length; at++)
            {
                if (ColumnNames.Of(token.Value[at..]) is not (Column.None or Column.Label)
                    && tokens.Skip(k + 1).All(next => ColumnNames.Of(next.Value) is not Column.None))
                {
                    return [token.Slice(at), .. tokens.Skip(k + 1)];
                }
            }
        }

        return tokens;
    }

    /// <summary>A table's caption: 「表 4」「附表1」.</summary>
    [GeneratedRegex(@"^附?表\d+")]
    private static partial Regex Caption();

    /// <summary>A header of an indicator tree, one column name per line: its rows come one cell per line too.</summary>
    private static bool IsIndicatorHeader(List<Cell> header)
    {
        var columns = header.Select(cell => ColumnNames.Of(cell.Text.Value)).ToHashSet();
        return columns.Contains(Column.Level3) && columns.Contains(Column.Weight) && columns.Contains(Column.Score) && header.Count == columns.Count;
    }

    private static (List<List<Cell>> Rows, int Next) Rows(List<SourceString> lines, int start, List<Cell> header)
    {
        var columns = header.Select(cell => ColumnNames.Of(cell.Text.Value)).ToList();
        var (level1, level2) = (columns.IndexOf(Column.Level1), columns.IndexOf(Column.Level2));
        var rows = new List<List<Cell>>();
        var j = start;
        for (; j < lines.Count; j++)
        {
            var tokens = Tokens(lines[j]);
            var values = Values(tokens);
            if (tokens.Select(token => token.Value).SequenceEqual(header.Select(cell => cell.Text.Value)))
            {
                continue;
            }

            if (Glued(tokens, header.Count) is { } glued)
            {
                rows.AddRange(glued.Rows.Select(part => Row(part, header.Count)));
                if (glued.Titled)
                {
                    // A numbered title run on to the last row (「…… 2 2 100% 三、存在的主要问题」) ends the table.
                    j++;
                    break;
                }
            }
            else if (IsRow(tokens, header.Count))
            {
                rows.Add(Row(tokens, header.Count));
            }
            else if (values == 0 && tokens.Count == 1 && level1 >= 0 && level2 >= 0 && IsName(tokens[0].Value))
            {
                var row = Enumerable.Range(0, header.Count).Select(_ => new Cell([])).ToList();
                row[PartNames.Of(tokens[0].Value) is null ? level2 : level1] = new Cell([tokens[0]]);
                rows.Add(row);
            }
            else if (values == 0 && tokens.Count == 1 && Marker.Read(tokens[0].Value) is null && j + 1 < lines.Count && VerticalRow(lines, j, header.Count) is { } vertical)
            {
                rows.Add(vertical.Row);
                j = vertical.Last;
            }
            else
            {
                break;
            }
        }

        return (rows, j);
    }

    /// <summary>A label (maybe with the labels of the levels above) and at least two values, no wider than the header and a label.</summary>
    private static bool IsRow(List<SourceString> tokens, int width)
    {
        var values = Values(tokens);
        return values >= 2 && values < tokens.Count && tokens.Count <= width + 1;
    }

    /// <summary>How many values end the row.</summary>
    private static int Values(List<SourceString> tokens) => tokens.Count - tokens.FindLastIndex(token => !Value().IsMatch(token.Value)) - 1;

    private static List<Cell> Row(List<SourceString> tokens, int width) =>
        [.. Enumerable.Repeat(new Cell([]), Math.Max(0, width - tokens.Count)), .. tokens.Select(token => new Cell([token]))];

    /// <summary>
    /// Rows a converter ran into one line (two lines of the source joined with a space): 「资产配置合规性 2 2 100%
    /// 资产收益上缴的及时性 1 1 100%」. The line is cut where a name follows values, and read only when every part is a row
    /// with as many values as the others (a part with fewer is a row cut by a line break, whose columns are not known).
    /// The last part may be a numbered title run on to the table's last row instead (<c>Titled</c>).
    /// </summary>
    private static (List<List<SourceString>> Rows, bool Titled)? Glued(List<SourceString> tokens, int width)
    {
        var parts = new List<List<SourceString>>();
        var start = 0;
        for (var k = 1; k <= tokens.Count; k++)
        {
            if (k == tokens.Count || (Value().IsMatch(tokens[k - 1].Value) && !Value().IsMatch(tokens[k].Value)))
            {
                parts.Add(tokens[start..k]);
                start = k;
            }
        }

        var titled = parts.Count > 1 && Values(parts[^1]) == 0 && Marker.Read(parts[^1][0].Value) is not null;
        var rows = titled ? parts[..^1] : parts;
        return (titled || rows.Count > 1) && rows.All(part => IsRow(part, width)) && rows.Select(Values).Distinct().Count() == 1 ? (rows, titled) : null;
    }

    /// <summary>A label line, maybe broken, then its values one per line: 「年度资金总额 / 860.00 / 792.50 …」.</summary>
    private static (List<Cell> Row, int Last)? VerticalRow(List<SourceString> lines, int start, int width)
    {
        var label = new List<SourceString> { lines[start] };
        var j = start + 1;
        for (; j < lines.Count && label.Count < 3 && !Value().IsMatch(lines[j].Value) && IsName(lines[j].Value); j++)
        {
            label.Add(lines[j]);
        }

        var values = new List<SourceString>();
        for (; j < lines.Count && values.Count < width && Value().IsMatch(lines[j].Value); j++)
        {
            values.Add(lines[j]);
        }

        return values.Count < 2
            ? null
            : ([.. Enumerable.Repeat(new Cell([]), Math.Max(0, width - values.Count - 1)), new Cell([SourceString.Concat(label)]), .. values.Select(value => new Cell([value]))], j - 1);
    }

    private static readonly System.Buffers.SearchValues<char> SentencePunctuation = System.Buffers.SearchValues.Create("，。；：、,;");

    private static bool IsName(string text) => text.Length <= 20 && text.IndexOfAny(['，', '。', '；', '：', ':', ',']) < 0;

    private static List<SourceString> Tokens(SourceString line)
    {
        var tokens = new List<SourceString>();
        var start = -1;
        for (var i = 0; i <= line.Length; i++)
        {
            var blank = i == line.Length || line[i] is ' ' or '\t';
            if (blank && start >= 0)
            {
                tokens.Add(line.Slice(start, i - start));
                start = -1;
            }
            else if (!blank && start < 0)
            {
                start = i;
            }
        }

        return tokens;
    }

    [GeneratedRegex(@"^(\d+(\.\d+)?%?|—|——|-|/|／)$")]
    private static partial Regex Value();

    [GeneratedRegex(@"^[（(]\s*(" + Money.Units + @"|%|分)\s*[）)]$")]
    private static partial Regex UnitOnly();
}
