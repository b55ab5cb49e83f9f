using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Domain.Model;
using Jixiao.Import.Extraction;
using Jixiao.Import.Layout;
using Jixiao.Import.Text;

namespace Jixiao.Import.Recognizers.Tables;

/// <summary>
/// A key-indicator table a PDF converter flattened into one short line per cell fragment, its rows
/// numbered (序号 | 指标名称 | 预期实现值 | 实际完成值). A row opens at the next number; the name is the short
/// fragments that follow it; the expected value runs to the first sentence end and the actual value is
/// the rest. A row without that sentence end keeps its name only: its values are not split by guess.
/// </summary>
internal sealed partial class NumberedRows : IRecognizer
{
    private const int NameWidth = 8;

    public void Recognize(Document document, FieldBoard board)
    {
        var lines = document.PrintedLines;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!IsHeader(lines[i].Value))
            {
                continue;
            }

            var rows = Rows(lines, i + 1, lines[i].Value);
            if (rows.Count >= 2)
            {
                var indicators = rows.Select(Read).ToList();
                board.TrySetList("keyIndicators", indicators.Select(row => row.Indicator).ToList(), indicators.Select(row => document.Locate(row.Name)).ToList());
                return;
            }
        }
    }

    private static bool IsHeader(string line)
    {
        if (!line.StartsWith("序号", StringComparison.Ordinal))
        {
            return false;
        }

        var tokens = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var columns = tokens.Select(ColumnNames.Of).ToList();
        return tokens.Length is >= 3 and <= 6 && tokens[0] == "序号" && columns.Contains(Column.Level3) && columns.Contains(Column.Target) && columns.Contains(Column.Achieved);
    }

    /// <summary>Each row's lines, from its number to the next row's; a repeated header is skipped, also when run on to a line.</summary>
    private static List<List<SourceString>> Rows(List<SourceString> lines, int start, string header)
    {
        var rows = new List<List<SourceString>>();
        for (var j = start; j < lines.Count; j++)
        {
            var line = lines[j];
            if (line.Value == header)
            {
                continue;
            }

            if (rows.Count > 0 && line.Length > header.Length && line.Value.EndsWith(" " + header, StringComparison.Ordinal))
            {
                // The header repeated on the next page, run on to the row's last line: the line without it.
                line = line.Slice(0, line.Length - header.Length).Trim();
            }

            if (RowNumber(line.Value) == rows.Count + 1)
            {
                rows.Add([line]);
            }
            else if (rows.Count == 0 || Marker.Read(line.Value) is not null || line.Value.StartsWith('#') || line.Length > 40 || PipeTables.IsRow(line))
            {
                break;
            }
            else
            {
                rows[^1].Add(line);
            }
        }

        return rows;
    }

    private static int? RowNumber(string line) =>
        RowStart().Match(line) is { Success: true } match ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;

    private static (KeyIndicator Indicator, SourceString Name) Read(List<SourceString> row)
    {
        var first = row[0];
        var number = RowStart().Match(first.Value);
        var name = new List<SourceString>();
        var rest = new List<SourceString>();
        var lead = first.Slice(number.Length).Trim();
        if (Gap(lead) is { } parted)
        {
            name.Add(parted.Name);
            rest.Add(parted.After);
        }
        else if (lead.Length > 0)
        {
            name.Add(lead);
        }

        var k = 1;
        for (; rest.Count == 0 && k < row.Count && IsNameFragment(row[k].Value); k++)
        {
            name.Add(row[k]);
        }

        if (rest.Count == 0 && k < row.Count && Gap(row[k]) is { } gap)
        {
            name.Add(gap.Name);
            rest.Add(gap.After);
            k++;
        }

        rest.AddRange(row.Skip(k));
        var end = rest.FindIndex(line => line.Value.EndsWith('。'));
        var split = end >= 0 && end < rest.Count - 1;
        var joined = SourceString.Concat(name);
        return (new KeyIndicator
        {
            Name = joined.PrintedOf(joined.Value.Replace(" ", "", StringComparison.Ordinal)),
            Target = split ? Join(rest.Take(end + 1)) : null,
            Actual = split ? Join(rest.Skip(end + 1)) : null,
        }, joined);
    }

    /// <summary>
    /// The name column's last fragment and the next column's text on one line, apart by a gap: 「服务覆盖率 常住人口家庭医生签约服务覆盖」.
    /// The text after the gap is longer than a name's fragment, as a value's sentence is.
    /// </summary>
    private static (SourceString Name, SourceString After)? Gap(SourceString line)
    {
        var space = line.Value.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0 || !IsNameFragment(line.Value[..space]))
        {
            return null;
        }

        var rest = line.Slice(space).Trim();
        return rest.Length > NameWidth ? (line.Slice(0, space), rest) : null;
    }

    private static bool IsNameFragment(string line) => line.Length <= NameWidth && line.IndexOfAny(['。', '，', '：', ',']) < 0 && !line.Any(char.IsAsciiDigit);

    /// <summary>The lines as one text, as printed, without the spaces a line break left between two Chinese characters.</summary>
    private static string Join(IEnumerable<SourceString> lines)
    {
        var all = SourceString.Concat([.. lines]);
        return all.PrintedOf(Regex.Replace(all.Value, @"(?<=[^\x00-\x7F]) (?=[^\x00-\x7F])", ""));
    }

    [GeneratedRegex(@"^(\d{1,2})(?:\s+|$)")]
    private static partial Regex RowStart();
}
