using System.Text;
using System.Text.RegularExpressions;
using Jixiao.Domain.Model;

namespace Jixiao.Render.Review;

/// <summary>
/// A finding's field path in the reviewer's words: 「budget.actual」 is 全年执行数, 「indicators[3].target」 is
/// 绩效指标第 4 项「群众满意度」的指标值. A name not listed stays as the path.
/// </summary>
internal static partial class FieldNames
{
    private static readonly Dictionary<string, string> s_names = new(StringComparer.Ordinal)
    {
        ["department"] = "部门名称", ["year"] = "被评价年度", ["date"] = "报告日期", ["staff"] = "人员情况", ["document"] = "文档", ["project"] = "项目",
        ["budget"] = "预算", ["initial"] = "年初预算数", ["adjusted"] = "全年预算数", ["actual"] = "实际值", ["executionRate"] = "预算执行率",
        ["adjustment"] = "预算调整数", ["adjustmentRate"] = "预算调整率", ["carryover"] = "结转和结余", ["basic"] = "基本支出", ["budget.project"] = "项目支出",
        ["personnel"] = "人员经费", ["publicFunds"] = "公用经费", ["bySource"] = "资金来源", ["byFunction"] = "功能分类", ["byNature"] = "支出性质",
        ["basicShare"] = "基本支出占比", ["projectShare"] = "项目支出占比",
        ["goals"] = "绩效目标", ["tasks"] = "重点工作任务", ["keyIndicators"] = "关键指标", ["indicators"] = "绩效指标", ["keyProjects"] = "重点项目",
        ["achievements"] = "主要工作成效", ["problems"] = "存在的主要问题", ["improvements"] = "下一步改进措施",
        ["score"] = "自评结论", ["total"] = "总分", ["grade"] = "等级", ["parts"] = "一级指标得分", ["weights"] = "一级指标分值", ["rates"] = "一级指标得分率",
        ["deductionReasons"] = "扣分原因", ["name"] = "名称", ["target"] = "指标值", ["weight"] = "分值", ["rate"] = "得分率", ["funds"] = "任务涉及资金",
        ["content"] = "主要实施内容", ["completion"] = "目标完成情况", ["budget.actual"] = "全年执行数",
        ["supervisor"] = "主管部门", ["code"] = "项目编码", ["active"] = "在职在编", ["other"] = "其他人员", ["retired"] = "离退休",
    };

    public static string Of(string field, Evaluation evaluation)
    {
        if (s_names.TryGetValue(field, out var whole) && field.Contains('.', StringComparison.Ordinal))
        {
            return whole;
        }

        var text = new StringBuilder();
        KeyTask? task = null;
        var first = true;
        foreach (Match part in Segment().Matches(field))
        {
            var name = part.Groups["name"].Value;
            // A task's indicators are its 关键指标, not the evaluation's scored 绩效指标 of the same index.
            var ofTask = task is not null && name == "indicators";
            text.Append(ofTask ? "关键指标" : s_names.GetValueOrDefault(name, name));
            KeyTask? next = null;
            if (part.Groups["index"].Success && int.TryParse(part.Groups["index"].Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index))
            {
                text.Append("第 ").Append(index + 1).Append(" 项");
                var item = ofTask ? (index < task!.Indicators.Count ? task.Indicators[index].Name : null) : first ? ItemName(evaluation, name, index) : null;
                if (!string.IsNullOrEmpty(item))
                {
                    text.Append('「').Append(item).Append('」');
                }

                next = first && name == "tasks" && index < evaluation.Tasks.Count ? evaluation.Tasks[index] : null;
            }

            task = next;
            first = false;
            text.Append('的');
        }

        return text.Length == 0 ? field : text.ToString(0, text.Length - 1);
    }

    /// <summary>The name of a top-level list's item (an indicator's, a task's, a project's), to say which one is meant.</summary>
    private static string? ItemName(Evaluation evaluation, string list, int index) => list switch
    {
        "indicators" => index < evaluation.Indicators.Count,
        "tasks" => index < evaluation.Tasks.Count,
        "keyProjects" => index < evaluation.KeyProjects.Count,
        "keyIndicators" => index < evaluation.KeyIndicators.Count,
        _ => false,
    }
        ? list switch
        {
            "indicators" => evaluation.Indicators[index].Name,
            "tasks" => evaluation.Tasks[index].Name,
            "keyProjects" => evaluation.KeyProjects[index].Name,
            _ => evaluation.KeyIndicators[index].Name,
        }
        : null;

    [GeneratedRegex(@"(?<name>[^.\[\]]+)(\[(?<index>\d+)\])?")]
    private static partial Regex Segment();
}
