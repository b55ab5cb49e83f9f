using Jixiao.Domain.Model;
using Jixiao.Domain.Numbers;
using Jixiao.Storage.Entities;

namespace Jixiao.Storage.Saving;

/// <summary>The key and the queried figures of an evaluation about to be saved, or the reason it cannot be.</summary>
internal static class Figures
{
    public static (EvaluationKey? Key, string? Problem) KeyOf(Evaluation evaluation)
    {
        var department = evaluation.Department?.Trim();
        if (string.IsNullOrEmpty(department))
        {
            return (null, "未写明部门（department），无法入库");
        }

        if (evaluation.Year is not { } year)
        {
            return (null, "未写明被评价年度（year），无法入库");
        }

        var project = evaluation.Kind == EvaluationKind.Project ? evaluation.Project?.Name?.Trim() ?? "" : "";
        if (evaluation.Kind == EvaluationKind.Project && project.Length == 0)
        {
            return (null, "项目支出自评未写明项目名称（project.name），无法入库");
        }

        return (new EvaluationKey(department, year, KindName(evaluation.Kind), project), null);
    }

    public static string KindName(EvaluationKind kind) => kind == EvaluationKind.Project ? "project" : "department";

    public static (RevisionFigures? Figures, string? Problem) Of(Evaluation evaluation)
    {
        var budget = evaluation.Budget;
        var values = new (string Field, decimal? Value)[]
        {
            ("budget.initial", budget?.Initial),
            ("budget.adjusted", budget?.Adjusted),
            ("budget.actual", budget?.Actual),
            ("budget.executionRate", budget is null ? null : budget.ExecutionRate ?? Formulas.ExecutionRate(budget.Actual, budget.Adjusted)),
            ("budget.adjustmentRate", budget is null ? null : budget.AdjustmentRate ?? Formulas.AdjustmentRate(budget.Initial, budget.Adjusted)),
            ("score.total", evaluation.Score?.Total),
            ("computed.score.total", evaluation.Computed?.Score?.Total),
        };
        var beyond = values.FirstOrDefault(value => value.Value is { } v && !Units.Fits(decimal.Round(v, 8, MidpointRounding.AwayFromZero)));
        if (beyond.Field is not null)
        {
            return (null, $"{beyond.Field} 的值 {Number.Show(beyond.Value)} 超出可存储的范围（绝对值不超过 {Number.Show(decimal.Truncate(Units.Max))}）");
        }

        // Computed rates may carry more than 8 decimals before the domain rounds them; the column keeps 8, half away from zero.
        var scaled = values.Select(value => Units.ToUnits(value.Value is { } v ? decimal.Round(v, 8, MidpointRounding.AwayFromZero) : (decimal?)null)).ToArray();
        var grade = evaluation.Score?.Grade ?? evaluation.Computed?.Score?.Grade;
        var findings = evaluation.Findings;
        return (new RevisionFigures(
            scaled[0], scaled[1], scaled[2], scaled[3], scaled[4], scaled[5], scaled[6],
            grade is { } g ? GradeNames.ToChinese(g) : null,
            findings.Count(f => f.Severity == Severity.Error), findings.Count(f => f.Severity == Severity.Warning), findings.Count(f => f.Severity == Severity.Info)), null);
    }

    public static string SeverityName(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };
}
