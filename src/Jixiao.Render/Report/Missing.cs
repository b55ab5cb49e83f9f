using Jixiao.Domain.Model;

namespace Jixiao.Render.Report;

/// <summary>What the data lacks, named once at the end of the report (未填报) rather than invented or left silently out.</summary>
internal static class Missing
{
    public static IReadOnlyList<string> Items(Evaluation evaluation)
    {
        var budget = evaluation.Budget;
        var checks = new List<(string Name, bool Present)>
        {
            (evaluation.Kind == EvaluationKind.Project ? "实施单位" : "部门名称", !string.IsNullOrWhiteSpace(evaluation.Department)),
            ("被评价年度", evaluation.Year is not null),
        };
        if (evaluation.Kind == EvaluationKind.Project)
        {
            checks.Add(("项目名称", !string.IsNullOrWhiteSpace(evaluation.Project?.Name)));
            checks.Add(("主管部门", !string.IsNullOrWhiteSpace(evaluation.Project?.Supervisor)));
        }
        else
        {
            checks.Add(("人员情况", evaluation.Staff is not null));
        }

        checks.AddRange(
        [
            ("年初预算数", budget?.Initial is not null), ("全年预算数", budget?.Adjusted is not null), ("全年执行数", budget?.Actual is not null),
            ("预算执行率", budget?.ExecutionRate is not null), ("绩效目标", evaluation.Goals.Count > 0),
        ]);
        if (evaluation.Kind == EvaluationKind.Department)
        {
            checks.Add(("重点工作任务", evaluation.Tasks.Count > 0));
            checks.Add(("重点项目", evaluation.KeyProjects.Count > 0));
        }

        checks.AddRange(
        [
            ("绩效指标", evaluation.Indicators.Count > 0), ("自评总分", evaluation.Score?.Total is not null), ("自评等级", evaluation.Score?.Grade is not null),
            ("主要工作成效", evaluation.Achievements.Count > 0), ("存在的主要问题", evaluation.Problems.Count > 0), ("下一步改进措施", evaluation.Improvements.Count > 0),
            ("报告日期", evaluation.Date is not null),
        ]);
        return [.. checks.Where(check => !check.Present).Select(check => check.Name)];
    }

    public static string Sentence(Evaluation evaluation) => Items(evaluation) is { Count: > 0 } items
        ? $"以下内容本报告未填报，留待补充：{string.Join("、", items)}。"
        : "本报告各项内容均已填报。";
}
