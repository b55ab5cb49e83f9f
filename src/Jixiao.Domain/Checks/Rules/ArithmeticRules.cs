using Jixiao.Domain.Model;

namespace Jixiao.Domain.Checks.Rules;

/// <summary>JX-A: parts against their totals, within the rounding slack of the printed places (<see cref="Precision"/>).</summary>
internal static class ArithmeticRules
{
    public static IReadOnlyList<Rule> All { get; } =
    [
        new("JX-A001", RuleFamily.Arithmetic, "各资金来源之和应等于执行数", "budget.bySource", [], SourcesAddUp),
        new("JX-A002", RuleFamily.Arithmetic, "基本支出与项目支出之和应等于合计（年初预算数、全年预算数、执行数各列）", "budget.project, budget.byNature[i].<列>", [], NaturesAddUp),
        new("JX-A003", RuleFamily.Arithmetic, "人员经费与公用经费之和应等于基本支出（年初预算数、全年预算数、执行数各列）", "budget.basic, budget.byNature[i].<列>", [], BasicAddsUp),
        new("JX-A004", RuleFamily.Arithmetic, "各功能分类之和应等于年初预算数、全年预算数、执行数", "budget.byFunction", [], FunctionsAddUp),
        new("JX-A005", RuleFamily.Arithmetic, "重点任务涉及资金之和不应超过项目支出（未填报项目支出时为全年预算数）", "tasks", [], TaskFundsFit),
        new("JX-A006", RuleFamily.Arithmetic, "末级指标得分之和应等于一级指标得分", "score.parts.<一级指标>", [], LeavesAddUp),
        new("JX-A007", RuleFamily.Arithmetic, "一级指标得分之和应等于总分", "score.total", [], PartsAddUp),
        new("JX-A008", RuleFamily.Arithmetic, "分值之和应等于满分，一级指标分值应与指标体系一致", "score.weights, score.weights.<一级指标>, indicators", [], WeightsAddUp),
        new("JX-A009", RuleFamily.Arithmetic, "得分不应超过分值", "indicators[i].score, score.parts.<一级指标>, score.total, keyProjects[i].score", [], ScoresWithinWeights),
    ];

    private static void SourcesAddUp(RuleContext context)
    {
        if (context.Budget is { BySource.Count: > 0, Actual: { } actual } budget)
        {
            AmountsAddUp(context, "budget.bySource", "各资金来源", [.. budget.BySource.Select(pair => (pair.Key, pair.Value))], "执行数", actual);
        }
    }

    private static void NaturesAddUp(RuleContext context)
    {
        foreach (var column in NatureColumn.All)
        {
            if (context.Budget is { } budget && column.Of(budget, NatureLine.Basic) is { } basic && column.Of(budget, NatureLine.Project) is { } project
                && column.Total(budget) is { } total)
            {
                AmountsAddUp(context, column.Field(budget, NatureLine.Project), column.Say("基本支出与项目支出"),
                    [("基本支出", basic), ("项目支出", project)], column.Name, total);
            }
        }
    }

    private static void BasicAddsUp(RuleContext context)
    {
        foreach (var column in NatureColumn.All)
        {
            if (context.Budget is { } budget && column.Of(budget, NatureLine.Personnel) is { } personnel
                && column.Of(budget, NatureLine.PublicFunds) is { } publicFunds && column.Of(budget, NatureLine.Basic) is { } basic)
            {
                AmountsAddUp(context, column.Field(budget, NatureLine.Basic), column.Say("人员经费与公用经费"),
                    [("人员经费", personnel), ("公用经费", publicFunds)], column.Say("基本支出"), basic);
            }
        }
    }

    private static void FunctionsAddUp(RuleContext context)
    {
        if (context.Budget is not { ByFunction.Count: > 0 } budget)
        {
            return;
        }

        Column(line => line.Initial, budget.Initial, "年初预算数");
        Column(line => line.Adjusted, budget.Adjusted, "全年预算数");
        Column(line => line.Actual, budget.Actual, "执行数");

        void Column(Func<FunctionLine, decimal?> column, decimal? total, string name)
        {
            if (total is { } printed && budget.ByFunction.All(line => column(line) is not null))
            {
                AmountsAddUp(context, "budget.byFunction", $"各功能分类{name}", [.. budget.ByFunction.Select(line => (line.Name, column(line)!.Value))], name, printed);
            }
        }
    }

    private static void TaskFundsFit(RuleContext context)
    {
        var funded = context.Evaluation.Tasks.Where(task => task.Funds is not null).Select(task => (task.Name, task.Funds!.Value)).ToList();
        var (boundName, bound) = context.Budget?.Project is { } project ? ("项目支出", project)
            : context.Budget?.Adjusted is { } adjusted ? ("全年预算数", adjusted)
            : ("", (decimal?)null);
        if (funded.Count == 0 || bound is not { } limit)
        {
            return;
        }

        var (sum, slack) = Tally(funded, limit, Precision.HalfUnit);
        if (sum > limit + slack)
        {
            context.Report("tasks", $"重点任务涉及资金合计 {Say.Amount(sum)}（{Say.Terms(funded)}），超过{boundName} {Say.Amount(limit)}");
        }
    }

    private static void LeavesAddUp(RuleContext context)
    {
        var printedParts = context.Evaluation.Score?.Parts ?? new Dictionary<string, decimal>();
        foreach (var (name, printed) in printedParts)
        {
            var key = context.PartKey(name);
            var leaves = context.Evaluation.Indicators.Where(leaf => leaf.Path.Count > 0 && context.PartKey(leaf.Path[0]) == key).ToList();
            // Only a part whose every leaf is printed with its weight and score, and whose leaves carry its whole weight, can be summed.
            if (leaves.Count == 0 || leaves.Any(leaf => leaf.Score is null || leaf.Weight is null)
                || context.PartWeight(key) is not { } weight || leaves.Sum(leaf => leaf.Weight!.Value) != weight)
            {
                continue;
            }

            PointsAddUp(context, $"score.parts.{name}", $"「{name}」各末级指标得分", [.. leaves.Select(leaf => (leaf.Name, leaf.Score!.Value))], $"填报的「{name}」得分", printed);
        }
    }

    private static void PartsAddUp(RuleContext context)
    {
        if (context.Evaluation.Score is { Total: { } printed, Parts.Count: 0 })
        {
            LeavesAddUp(context, printed);
            return;
        }

        if (context.Evaluation.Score is not { Total: { } total, Parts.Count: > 0 } score)
        {
            return;
        }

        var parts = score.Parts.Select(pair => (pair.Key, pair.Value)).ToList();
        var (sum, slack) = Tally(parts, total, Precision.HalfUnitOfPoints);
        // Parts above the total are wrong however many are printed; parts below it only when they are all the parts.
        if (sum > total + slack || (sum < total - slack && PartsAreComplete(context, score)))
        {
            context.Report("score.total", $"各一级指标得分合计 {Say.Points(sum)}（{Say.Terms(parts)}），与总分 {Say.Points(total)} 不符");
        }
    }

    /// <summary>A table of leaves without part scores (a project table): the leaves' scores make the total, when their weights make the full marks.</summary>
    private static void LeavesAddUp(RuleContext context, decimal total)
    {
        var leaves = context.Evaluation.Indicators;
        if (leaves.Count == 0 || leaves.Any(leaf => leaf.Score is null || leaf.Weight is null) || leaves.Sum(leaf => leaf.Weight!.Value) != context.FullMarks)
        {
            return;
        }

        var scores = leaves.Select(leaf => (leaf.Name, leaf.Score!.Value)).ToList();
        var (sum, slack) = Tally(scores, total, Precision.HalfUnitOfPoints);
        if (sum > total + slack || sum < total - slack)
        {
            context.Report("score.total", $"各指标得分合计 {Say.Points(sum)}（{leaves.Count} 项），与总分 {Say.Points(total)} 不符");
        }
    }

    private static void WeightsAddUp(RuleContext context)
    {
        var score = context.Evaluation.Score;
        var weights = score?.Weights ?? new Dictionary<string, decimal>();
        foreach (var (name, weight) in weights)
        {
            var node = context.Framework?.Indicators.FirstOrDefault(candidate => candidate.Name == context.PartKey(name));
            if (node?.Weight is { } expected && expected != weight)
            {
                context.Report($"score.weights.{name}", $"「{name}」分值填报为 {Say.Points(weight)}，指标体系「{context.Framework!.Name}」规定为 {Say.Points(expected)}");
            }
        }

        var sum = weights.Values.Sum();
        var complete = context.Framework is { } framework
            ? framework.Indicators.All(node => weights.Keys.Any(name => context.PartKey(name) == node.Name))
            : weights.Count >= 2;
        if (complete && sum != context.FullMarks)
        {
            context.Report("score.weights", $"各一级指标分值合计 {Say.Points(sum)}（{Say.Terms(weights.Select(pair => (pair.Key, pair.Value)))}），应为 {Say.Points(context.FullMarks)}");
        }

        foreach (var group in context.Evaluation.Indicators.Where(leaf => leaf.Path.Count > 0 && leaf.Weight is not null).GroupBy(leaf => context.PartKey(leaf.Path[0])))
        {
            var leafSum = group.Sum(leaf => leaf.Weight!.Value);
            if (context.PartWeight(group.Key) is { } partWeight && leafSum > partWeight)
            {
                context.Report("indicators", $"「{group.Key}」下各末级指标分值合计 {Say.Points(leafSum)}，超过其分值 {Say.Points(partWeight)}");
            }
        }
    }

    private static void ScoresWithinWeights(RuleContext context)
    {
        var evaluation = context.Evaluation;
        for (var i = 0; i < evaluation.Indicators.Count; i++)
        {
            if (evaluation.Indicators[i] is { Score: { } score, Weight: { } weight } leaf && score > weight)
            {
                context.Report($"indicators[{i}].score", $"指标「{leaf.Name}」得分 {Say.Points(score)}，超过分值 {Say.Points(weight)}");
            }
        }

        foreach (var (name, points) in evaluation.Score?.Parts ?? new Dictionary<string, decimal>())
        {
            if (context.PartWeight(context.PartKey(name)) is { } weight && points > weight)
            {
                context.Report($"score.parts.{name}", $"「{name}」得分 {Say.Points(points)}，超过分值 {Say.Points(weight)}");
            }
        }

        if (evaluation.Score?.Total is { } total && total > context.FullMarks)
        {
            context.Report("score.total", $"总分 {Say.Points(total)}，超过满分 {Say.Points(context.FullMarks)}");
        }

        for (var i = 0; i < evaluation.KeyProjects.Count; i++)
        {
            if (evaluation.KeyProjects[i] is { Score: > 100m } project)
            {
                context.Report($"keyProjects[{i}].score", $"重点项目「{project.Name}」得分 {Say.Points(project.Score.Value)}，超过满分 100 分");
            }
        }
    }

    private static bool PartsAreComplete(RuleContext context, Score score) => context.Framework is { } framework
        ? framework.Indicators.All(node => score.Parts.Keys.Any(name => context.PartKey(name) == node.Name))
        : score.Parts.Keys.All(score.Weights.ContainsKey) && score.Weights.Values.Sum() == context.FullMarks;

    private static void AmountsAddUp(RuleContext context, string field, string what, IReadOnlyList<(string Name, decimal Value)> parts, string totalName, decimal total)
    {
        var (sum, slack) = Tally(parts, total, Precision.HalfUnit);
        if (Math.Abs(sum - total) > slack)
        {
            context.Report(field, $"{what}合计 {Say.Amount(sum)}（{Say.Terms(parts)}），与{totalName} {Say.Amount(total)} 相差 {Say.Amount(Math.Abs(sum - total))}，超出各数按打印位数四舍五入所能造成的差额");
        }
    }

    private static void PointsAddUp(RuleContext context, string field, string what, IReadOnlyList<(string Name, decimal Value)> parts, string totalName, decimal total)
    {
        var (sum, slack) = Tally(parts, total, Precision.HalfUnitOfPoints);
        if (Math.Abs(sum - total) > slack)
        {
            context.Report(field, $"{what}合计 {Say.Points(sum)}（{Say.Terms(parts)}），与{totalName} {Say.Points(total)} 不符");
        }
    }

    /// <summary>The sum of the parts, and how far it may miss the total: the half-units of every printed term.</summary>
    private static (decimal Sum, decimal Slack) Tally(IReadOnlyList<(string Name, decimal Value)> parts, decimal total, Func<decimal, decimal> halfUnit)
    {
        var sum = 0m;
        var slack = halfUnit(total);
        foreach (var (_, value) in parts)
        {
            sum += value;
            slack += halfUnit(value);
        }

        return (sum, slack);
    }
}
