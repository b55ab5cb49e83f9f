using Jixiao.Domain.Model;
using Jixiao.Domain.Numbers;

namespace Jixiao.Cli;

/// <summary>What `jixiao extract` found, for people: unit, year, budget, score, counts, then the findings.</summary>
internal static class ExtractSummary
{
    public static void Write(TextWriter output, string file, Evaluation evaluation)
    {
        var title = new[] { evaluation.Department ?? evaluation.Project?.Name, evaluation.Year is { } year ? $"{year} 年度" : null, evaluation.Kind == EvaluationKind.Project ? "项目支出" : "部门整体支出" };
        output.WriteLine($"{file} · {string.Join(" · ", title.OfType<string>())}");
        output.WriteLine($"金额单位：{evaluation.Unit switch { null => "原文未注明（金额按原样）", "万元" => "万元", var unit => $"{unit}（已折算为万元）" }}");
        if (evaluation.Budget is { } budget)
        {
            output.WriteLine($"预算：年初 {Number.Show(budget.Initial)}，全年 {Number.Show(budget.Adjusted)}，执行 {Number.Show(budget.Actual)}，执行率 {Percent(budget.ExecutionRate)}");
        }
        else
        {
            output.WriteLine("预算：未找到");
        }

        if (evaluation.Score is { } score)
        {
            var parts = string.Join("，", score.Parts.Select(part => $"{part.Key} {Number.Show(part.Value)}"));
            output.WriteLine($"得分：总分 {Number.Show(score.Total)}，等级 {(score.Grade is { } grade ? GradeNames.ToChinese(grade) : "—")}{(parts.Length > 0 ? "；" + parts : "")}");
        }
        else
        {
            output.WriteLine("得分：未找到");
        }

        output.WriteLine($"绩效目标 {evaluation.Goals.Count} 项，重点任务 {evaluation.Tasks.Count} 项，关键指标 {evaluation.KeyIndicators.Count + evaluation.Tasks.Sum(task => task.Indicators.Count)} 项，" +
            $"评价指标 {evaluation.Indicators.Count} 项，重点项目 {evaluation.KeyProjects.Count} 项，问题 {evaluation.Problems.Count} 条，改进措施 {evaluation.Improvements.Count} 条");
        FindingsReport.Write(output, evaluation);
    }

    private static string Percent(decimal? rate) => rate is { } value ? Number.Show(value) + "%" : "—";
}
