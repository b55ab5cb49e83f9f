using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Model;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Scoring;
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

        // In the framework's order: a leaf the budget stood in for (预算执行率 of a project table) follows the printed ones.
        var order = framework.Indicators.Select(node => node.Name).ToList();
        foreach (var part in ScoreTree.Build(computed.Indicators).OrderBy(part => order.IndexOf(part.Path[0]) is var i and >= 0 ? i : order.Count))
        {
            AddRows(table, part, shownAbove: []);
        }

        console.Write(table);
        WriteTotals(console, evaluation, computed, framework);
        FindingsReport.Write(output, evaluation.Findings);
    }

    /// <summary>
    /// The leaves under <paramref name="node"/>, each level's name shown once (as merged cells are),
    /// and a 小计 row under a second-level heading with more than one leaf.
    /// </summary>
    private static void AddRows(Table table, ScoreNode node, IReadOnlyList<string> shownAbove)
    {
        if (node.Leaf is not { } leaf)
        {
            for (var i = 0; i < node.Children.Count; i++)
            {
                AddRows(table, node.Children[i], i == 0 ? shownAbove : node.Path);
            }

            if (node.Path.Count == 2 && node.Children.Count > 1)
            {
                table.AddRow("", "", "[dim]小计[/]", Number.ShowSum(node.Weight), Number.Show(node.Score), Rate(node.Rate), "");
            }

            return;
        }

        var levels = Levels(leaf.Path);
        var shown = levels.Select((level, i) => i < shownAbove.Count && shownAbove[i] == level ? "" : level).ToArray();
        var deducted = leaf.Score is null || leaf.Score < leaf.Weight;
        table.AddRow(
            Markup.Escape(shown[0]), Markup.Escape(shown[1]), Markup.Escape(shown[2]),
            Number.Show(leaf.Weight), Number.Show(leaf.Score), Rate(leaf.Rate),
            deducted ? Markup.Escape(leaf.Reason ?? "") : "");
    }

    private static string Rate(decimal? rate) => rate is { } value ? Number.Percent(value) : "—";

    /// <summary>一级 / 二级 / 三级: a deeper path keeps its tail in the third column.</summary>
    private static string[] Levels(IReadOnlyList<string> path) =>
    [
        path.Count > 0 ? path[0] : "",
        path.Count > 1 ? path[1] : "",
        path.Count > 2 ? string.Join(" / ", path.Skip(2)) : "",
    ];

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
