using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Domain.Model;
using Jixiao.Domain.Numbers;
using Jixiao.Import.Extraction;
using Jixiao.Import.Text;

namespace Jixiao.Import.Recognizers.Tables;

/// <summary>
/// An indicator table flattened to one cell per line, as PDF text gives it when cells hold no spaces: empty
/// cells vanish and long cells break, so the columns are found again from the anchors every row has — its
/// 分值 and 得分, two number lines in a row. Before them stand the 年度指标值 and the 实际完成值; before those
/// the leaf's name, after the national scheme's level names (产出指标, 数量指标 …), which are a closed list;
/// after them the 偏差原因. When a stretch cannot be split that way, nothing is read from the table: its rows
/// are not guessed.
/// </summary>
internal static partial class VerticalIndicators
{
    public static int Read(Document document, FieldBoard board, List<SourceString> lines, int start)
    {
        var leaves = new List<Indicator>();
        var sources = new List<Source>();
        var (level1, level2) = ("", "");
        var from = start;
        for (var j = start; j + 1 < lines.Count; j++)
        {
            if (!Number().IsMatch(lines[j].Value) || !Number().IsMatch(lines[j + 1].Value))
            {
                continue;
            }

            var stretch = lines.GetRange(from, j - from);
            if (stretch.Count > 0 && RowLabels.IsTotal(stretch[^1].Value))
            {
                if (Decimal(lines[j + 1].Value) is { } total)
                {
                    board.Propose(Fields.ScoreTotal, total, document.Locate(lines[j + 1]));
                }

                from = j + 2;
                break;
            }

            if (stretch.Count < 3 || !IsTarget(stretch[^2].Value) || !IsActual(stretch[^1].Value))
            {
                return start;
            }

            var head = stretch.GetRange(0, stretch.Count - 2);
            var lastLevel = head.FindLastIndex(line => Level(line.Value) > 0);
            var firstLevel = head.FindIndex(line => Level(line.Value) > 0);
            var reasonEnd = firstLevel >= 0 ? firstLevel : head.Count - 1;
            if (lastLevel < 0 && head.Count > 2)
            {
                return start;
            }

            if (leaves.Count > 0 && reasonEnd > 0)
            {
                leaves[^1] = leaves[^1] with { Reason = Reason(head.GetRange(0, reasonEnd)) };
            }

            for (var k = Math.Max(firstLevel, 0); k <= lastLevel; k++)
            {
                // 成本指标 is second-level under 产出指标 in the older scheme, first-level in the newer one.
                var first = Level(head[k].Value) == 1 && !(head[k].Value == "成本指标" && level1 == "产出指标");
                (level1, level2) = first ? (head[k].Value, "") : (level1, head[k].Value);
            }

            var nameLines = head.GetRange(lastLevel + 1, head.Count - lastLevel - 1);
            if (lastLevel < 0)
            {
                nameLines = head.GetRange(reasonEnd, head.Count - reasonEnd);
            }

            if (nameLines.Count is 0 or > 2)
            {
                return start;
            }

            var name = SourceString.Concat(nameLines);
            leaves.Add(new Indicator
            {
                Path = [.. new[] { level1, level2, name.Printed }.Where(level => level.Length > 0)],
                Name = name.Printed,
                Target = stretch[^2].Printed,
                Actual = stretch[^1].Printed,
                Weight = Decimal(lines[j].Value),
                Score = Decimal(lines[j + 1].Value),
            });
            sources.Add(document.Locate(name));
            from = j + 2;
            j++;
        }
        return board.TrySetList("indicators", leaves, sources) ? from : start;
    }

    /// <summary>1 for a first-level name of the national scheme, 2 for a second-level one, 0 otherwise.</summary>
    private static int Level(string line) => First().IsMatch(line) ? 1 : Second().IsMatch(line) ? 2 : 0;

    private static bool IsTarget(string line) => line.Length <= 20 && (Comparison().IsMatch(line) || line.Any(char.IsAsciiDigit));

    private static bool IsActual(string line) => line.Length <= 20 && (line.Any(char.IsAsciiDigit) || line is "是" or "否" or "达成" or "完成");

    private static string? Reason(List<SourceString> lines) =>
        SourceString.Concat(lines) is var text && text.Value is not ("无" or "—" or "/" or "") ? text.Printed : null;

    private static decimal? Decimal(string text) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value <= Money.Largest ? value : null;

    [GeneratedRegex(@"^\d+(\.\d+)?$")]
    private static partial Regex Number();

    [GeneratedRegex("^[≥≤=<>≧≦＞＜]")]
    private static partial Regex Comparison();

    [GeneratedRegex("^(产出|效益|满意度|成本|效果|过程|决策|投入)指标$")]
    private static partial Regex First();

    [GeneratedRegex("^(数量|质量|时效|成本|经济效益|社会效益|生态效益|可持续影响|服务对象满意度|经济成本|社会成本|生态环境成本)(指标)?$")]
    private static partial Regex Second();
}
