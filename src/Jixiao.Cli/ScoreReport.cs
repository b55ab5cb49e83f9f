using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Model;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Scoring;
using Spectre.Console;

namespace Jixiao.Cli;

/// <summary>The indicator table and totals that `jixiao score` prints.</summary>
internal static class ScoreReport
{
    public static void Write(IAnsiConsole console, ScoringOutcome outcome, Framework framework)
    {
        var evaluation = outcome.Evaluation!;
        var computed = evaluation.Computed!;
        var title = string.Join(" ", new[] { evaluation.Department, evaluation.Year is { } year ? $"{year} 年度" : null }.OfType<string>());
        console.WriteLine($"{(title.Length > 0 ? title + " · " : "")}{framework.Name}");

        var table = new Table().AddColumns("一级指标", "二级指标", "三级指标", "分值", "得分", "得分率", "扣分原因");
        foreach (var index in new[] { 3, 4, 5 })
        {
            table.Columns[index].RightAligned();
        }

        string[] previous = [];
        foreach (var leaf in computed.Indicators)
        {
            var levels = Levels(leaf.Path);
            var shown = levels.Select((level, i) => i < previous.Length && previous.AsSpan(0, i + 1).SequenceEqual(levels.AsSpan(0, i + 1)) ? "" : level).ToArray();
            previous = levels;
            var deducted = leaf.Score is null || leaf.Score < leaf.Weight;
            table.AddRow(
                Markup.Escape(shown[0]), Markup.Escape(shown[1]), Markup.Escape(shown[2]),
                Number.Show(leaf.Weight), Number.Show(leaf.Score),
                leaf.Rate is { } rate ? Number.Percent(rate) : "—",
                deducted ? Markup.Escape(leaf.Reason ?? "") : "");
        }

        console.Write(table);
        WriteTotals(console, evaluation, computed, outcome.Leaves.Count);
    }

    /// <summary>一级 / 二级 / 三级: a deeper path keeps its tail in the third column.</summary>
    private static string[] Levels(IReadOnlyList<string> path) =>
    [
        path.Count > 0 ? path[0] : "",
        path.Count > 1 ? path[1] : "",
        path.Count > 2 ? string.Join(" / ", path.Skip(2)) : "",
    ];

    private static void WriteTotals(IAnsiConsole console, Evaluation evaluation, Computed computed, int leafCount)
    {
        var score = computed.Score!;
        foreach (var (part, points) in score.Parts)
        {
            var printed = evaluation.Score?.Parts.GetValueOrDefault(part);
            console.WriteLine($"{part}：分值 {Number.Show(score.Weights[part])} 分，得 {Number.Show(points)} 分，得分率 "
                + $"{(score.Rates.TryGetValue(part, out var rate) ? Number.Percent(rate) : "—")}{Printed(printed, points)}");
        }

        var scoredCount = computed.Indicators.Count(leaf => leaf.Score is not null);
        var grade = score.Grade is { } g ? GradeNames.ToChinese(g) : "—";
        console.WriteLine($"总分 {Number.Show(score.Total)} 分，等级 {grade}{Printed(evaluation.Score?.Total, score.Total)}"
            + $"（已计分 {scoredCount}/{leafCount} 项）");
        if (computed.Budget is { ExecutionRate: { } executionRate } && evaluation.Budget is { } budget)
        {
            console.WriteLine($"预算执行率 {Number.Percent(executionRate)}（执行数 {Number.Show(budget.Actual)} ÷ 全年预算数 {Number.Show(budget.Adjusted)} 万元）");
        }

        foreach (var finding in evaluation.Findings.Where(f => f.Code.StartsWith("JX-S", StringComparison.Ordinal)))
        {
            console.WriteLine($"{Severity(finding.Severity)} {finding.Code} {finding.Field}：{finding.Message}");
        }
    }

    private static string Printed(decimal? printed, decimal? computed) =>
        printed is { } p && p != computed ? $"（填报 {Number.Show(p)}）" : "";

    private static string Severity(Severity severity) => severity switch
    {
        Domain.Model.Severity.Error => "错误",
        Domain.Model.Severity.Warning => "警告",
        _ => "提示",
    };
}
