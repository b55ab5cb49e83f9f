using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Jixiao.Domain.Model;

/// <summary>
/// A finding's field as a reviewer names it: 「第 3 项重点任务「…」的第 2 项关键指标「…」的实际完成值」 rather than
/// tasks[2].indicators[1].actual. Indexes count from 1 and names come from the evaluation where it has them.
/// A part this table does not know is named 「其他内容」 rather than shown as a path.
/// </summary>
public static partial class FieldWords
{
    private static readonly Dictionary<string, string> Plain = new(StringComparer.Ordinal)
    {
        ["department"] = "部门（单位）名称", ["year"] = "被评价年度", ["date"] = "报告日期", ["unit"] = "金额单位", ["framework"] = "指标体系",
        ["project"] = "项目信息", ["staff"] = "人员情况", ["document"] = "文件",
        ["budget"] = "预算执行情况", ["goals"] = "绩效目标", ["tasks"] = "重点工作任务", ["keyIndicators"] = "关键指标", ["indicators"] = "三级指标",
        ["score"] = "自评结论", ["keyProjects"] = "重点项目", ["achievements"] = "主要工作成效", ["problems"] = "存在的主要问题",
        ["improvements"] = "下一步改进措施",
    };

    private static readonly Dictionary<string, string> Budget = new(StringComparer.Ordinal)
    {
        ["initial"] = "年初预算数", ["adjustment"] = "预算调整数", ["adjusted"] = "全年预算数", ["actual"] = "预算执行数",
        ["executionRate"] = "预算执行率", ["adjustmentRate"] = "预算调整率", ["basic"] = "基本支出", ["personnel"] = "人员经费",
        ["publicFunds"] = "公用经费", ["project"] = "项目支出", ["basicShare"] = "基本支出占比", ["projectShare"] = "项目支出占比",
        ["carryover"] = "结转结余", ["bySource"] = "按资金来源分列的预算", ["byFunction"] = "按功能分类的支出", ["byNature"] = "按经济性质的支出",
    };

    private static readonly Dictionary<string, string> Leaf = new(StringComparer.Ordinal)
    {
        ["name"] = "名称", ["target"] = "指标值", ["actual"] = "实际完成值", ["score"] = "得分", ["grade"] = "等级", ["funds"] = "涉及资金",
        ["content"] = "内容", ["completion"] = "完成情况", ["weight"] = "分值", ["rate"] = "得分率", ["reason"] = "扣分原因", ["budget"] = "预算数",
        ["executionRate"] = "预算执行率", ["initial"] = "年初预算数", ["adjusted"] = "全年预算数", ["total"] = "总分", ["parts"] = "一级指标得分",
        ["weights"] = "一级指标分值", ["rates"] = "得分率", ["method"] = "评分方法", ["achievement"] = "完成程度", ["deductions"] = "扣分",
    };

    public static string Chinese(string field, Evaluation? evaluation)
    {
        if (string.IsNullOrWhiteSpace(field))
        {
            return "";
        }

        var parts = field.Split('.', StringSplitOptions.RemoveEmptyEntries).Select(part => Segment().Match(part)).ToList();
        if (parts.Any(part => !part.Success))
        {
            return "其他内容";
        }

        var (head, index) = (parts[0].Groups["name"].Value, Index(parts[0]));
        var text = new StringBuilder(head switch
        {
            "goals" when index is { } i => $"第 {i + 1} 项绩效目标",
            "tasks" when index is { } i => $"第 {i + 1} 项重点任务{Quoted(evaluation?.Tasks.ElementAtOrDefault(i)?.Name)}",
            "keyIndicators" when index is { } i => $"第 {i + 1} 项关键指标{Quoted(evaluation?.KeyIndicators.ElementAtOrDefault(i)?.Name)}",
            "indicators" when index is { } i => "三级指标" + Named(evaluation?.Indicators.ElementAtOrDefault(i)?.Name, i),
            "keyProjects" when index is { } i => "重点项目" + Named(evaluation?.KeyProjects.ElementAtOrDefault(i)?.Name, i),
            "achievements" or "problems" or "improvements" when index is { } i => $"{Plain[head]}第 {i + 1} 条",
            "budget" when parts.Count > 1 && Budget.TryGetValue(parts[1].Groups["name"].Value, out var line) => BudgetLine(line, parts[1], evaluation),
            "score" when parts.Count == 2 && parts[1].Groups["name"].Value is "parts" or "weights" or "rates" => "自评结论中的" + Leaf[parts[1].Groups["name"].Value],
            _ when index is null && Plain.TryGetValue(head, out var plain) => plain,
            _ => "其他内容",
        });
        var from = head == "budget" ? 2 : 1;
        if (head == "score" && parts.Count > 1)
        {
            var name = parts[1].Groups["name"].Value;
            text.Clear().Append(name switch
            {
                "total" => "总分", "grade" => "等级", "deductionReasons" => "扣分原因", "parts" or "weights" or "rates" => "自评结论中的" + Leaf[name], _ => "自评结论",
            });
            from = parts.Count > 2 && name is "parts" or "weights" or "rates" ? 3 : 2;
            if (parts.Count > 2 && name is "parts" or "weights" or "rates")
            {
                text.Append(CultureInfo.InvariantCulture, $"（{parts[2].Groups["name"].Value}）");
            }
        }

        KeyTask? task = head == "tasks" && index is { } t ? evaluation?.Tasks.ElementAtOrDefault(t) : null;
        foreach (var part in parts.Skip(from))
        {
            var (name, at) = (part.Groups["name"].Value, Index(part));
            text.Append(name == "indicators" && at is { } j
                ? $"的第 {j + 1} 项关键指标{Quoted(task?.Indicators.ElementAtOrDefault(j)?.Name)}"
                : name.Any(c => c > '\u007f') ? $"「{name}」"
                : Leaf.TryGetValue(name, out var leaf) ? "的" + (name == "actual" && head is "keyProjects" ? "执行数" : leaf)
                : "的其他内容");
        }

        return text.ToString();
    }

    private static string BudgetLine(string line, Match part, Evaluation? evaluation)
    {
        if (Index(part) is not { } i)
        {
            return line;
        }

        var name = part.Groups["name"].Value switch
        {
            "byFunction" => evaluation?.Budget?.ByFunction.ElementAtOrDefault(i)?.Name,
            "byNature" => evaluation?.Budget?.ByNature.ElementAtOrDefault(i)?.Name,
            "bySource" => evaluation?.Budget?.BySource.Keys.ElementAtOrDefault(i),
            _ => null,
        };
        return $"{line}第 {i + 1} 行{Quoted(name)}";
    }

    private static string Named(string? name, int index) => Quoted(name) is { Length: > 0 } quoted ? quoted : $"第 {index + 1} 项";

    private static int? Index(Match part) => part.Groups["index"].Success ? int.Parse(part.Groups["index"].Value, CultureInfo.InvariantCulture) : null;

    private static string Quoted(string? name) => string.IsNullOrWhiteSpace(name) ? "" : $"「{name.Trim()}」";

    [GeneratedRegex(@"^(?<name>[^\[\]]+)(?:\[(?<index>\d{1,6})\])?$")]
    private static partial Regex Segment();
}
