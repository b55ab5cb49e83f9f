using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Model;
using Jixiao.Domain.Numbers;
using Jixiao.Render.Scores;
using Spectre.Console;

namespace Jixiao.Cli;

/// <summary>The indicator table and totals that `jixiao score` prints.</summary>
internal static class ScoreReport
{
    /// <summary>Writes the scored and checked <paramref name="evaluation"/>: the table, the totals and the findings.</summary>
    public static void Write(IAnsiConsole console, TextWriter output, Evaluation evaluation, Framework framework)
    {
        var computed = evaluation.Computed!;
        var title = string.Join(" ", new[] { evaluation.Department, evaluation.Year is { } year ? $"{year} 年度" : null }.OfType<string>());
        console.WriteLine($"{(title.Length > 0 ? title + " · " : "")}{framework.Name}");

        var table = new Table().AddColumns("一级指标", "二级指标", "三级指标", "分值", "得分", "得分率", "扣分原因");
        foreach (var index in new[] { 3, 4, 5 })
        {
            table.Columns[index].RightAligned();
        }

        // The rows every 评分表 shows (Jixiao.Render): the terminal prints the leaves and 小计 rows, the totals as lines below.
        foreach (var row in ScoreSheet.Of(evaluation, framework)!.Rows.Where(row => row.Kind is ScoreRowKind.Leaf or ScoreRowKind.Subtotal))
        {
            AddRow(table, row);
        }

        console.Write(table);
        WriteTotals(console, evaluation, computed, framework);
        FindingsReport.Write(output, evaluation);
    }

    /// <summary>A row with each level's name shown once, on the first row it covers (as merged cells are).</summary>
    private static void AddRow(Table table, ScoreRow row)
    {
        if (row.Kind == ScoreRowKind.Subtotal)
        {
            table.AddRow("", "", "[dim]小计[/]", Number.ShowSum(row.Weight ?? 0m), Number.Show(row.Score), Rate(row.Rate), "");
            return;
        }

        table.AddRow(
            row.Level1Rows > 0 ? Markup.Escape(row.Level1) : "", row.Level2Rows > 0 ? Markup.Escape(row.Level2) : "", Markup.Escape(row.Level3),
            Number.Show(row.Weight), Number.Show(row.Score), Rate(row.Rate), Markup.Escape(row.Reason ?? ""));
    }

    private static string Rate(decimal? rate) => rate is { } value ? Number.Percent(value) : "—";

    private static void WriteTotals(IAnsiConsole console, Evaluation evaluation, Computed computed, Framework framework)
    {
        var score = computed.Score!;
        foreach (var (part, points) in score.Parts)
        {
            var node = framework.Indicators.First(candidate => candidate.Name == part);
            decimal? printed = evaluation.Score?.Parts.FirstOrDefault(pair => node.Answers(pair.Key.Trim())) is { Key: not null } found ? found.Value : null;
            console.WriteLine($"{part}：分值 {Number.Show(score.Weights[part])} 分，得 {Number.Show(points)} 分，得分率 "
                + $"{Rate(score.Rates.TryGetValue(part, out var rate) ? rate : null)}{Printed(printed, points)}");
        }

        foreach (var part in framework.Indicators.Where(part => !score.Parts.ContainsKey(part.Name)))
        {
            console.WriteLine($"{part.Name}：未列出末级指标，未计分");
        }

        var scoredCount = computed.Indicators.Count(leaf => leaf.Score is not null);
        var grade = score.Grade is { } g ? GradeNames.ToChinese(g) : "—";
        console.WriteLine($"总分 {Number.Show(score.Total)} 分，等级 {grade}{Printed(evaluation.Score?.Total, score.Total)}"
            + $"（已计分 {scoredCount}/{computed.Indicators.Count} 项）");
        if (computed.Budget is { ExecutionRate: { } executionRate } && evaluation.Budget is { } budget)
        {
            console.WriteLine($"预算执行率 {Number.Percent(executionRate)}（执行数 {Number.Show(budget.Actual)} ÷ 全年预算数 {Number.Show(budget.Adjusted)} 万元）");
        }
    }

    private static string Printed(decimal? printed, decimal? computed) =>
        printed is { } p && p != computed ? $"（填报 {Number.Show(p)}）" : "";
}
