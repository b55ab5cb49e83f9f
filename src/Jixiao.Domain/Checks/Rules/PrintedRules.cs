using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Model;
using Jixiao.Domain.Numbers;

namespace Jixiao.Domain.Checks.Rules;

/// <summary>
/// JX-P: printed values against what the printed inputs give. A printed rate agrees when rounding or truncating
/// the exact value to its printed places gives it, allowing for the rounding of the amounts it comes from.
/// </summary>
internal static class PrintedRules
{
    public static IReadOnlyList<Rule> All { get; } =
    [
        new("JX-P001", RuleFamily.PrintedVsComputed, "预算执行率应等于执行数 ÷ 全年预算数", "budget.executionRate", [], ExecutionRate),
        new("JX-P002", RuleFamily.PrintedVsComputed, "预算调整数应等于全年预算数与年初预算之差", "budget.adjustment", [], Adjustment),
        new("JX-P003", RuleFamily.PrintedVsComputed, "预算调整率应等于 |全年预算数 − 年初预算| ÷ 年初预算", "budget.adjustmentRate", [], AdjustmentRate),
        new("JX-P004", RuleFamily.PrintedVsComputed, "基本支出、项目支出占比应等于各自 ÷ 执行数", "budget.basicShare, budget.projectShare", [], Shares),
        new("JX-P005", RuleFamily.PrintedVsComputed, "得分率应等于得分 ÷ 分值", "score.rates.<一级指标>, indicators[i].rate", [], ScoreRates),
        new("JX-P006", RuleFamily.PrintedVsComputed, "等级应与总分所在的等级区间一致", "score.grade", ["excellent", "good", "fair"], GradeOfTotal),
        new("JX-P007", RuleFamily.PrintedVsComputed, "结转和结余与全年预算数 − 执行数不一致（结转结余可能含其他资金）", "budget.carryover", [], Carryover),
        new("JX-P008", RuleFamily.PrintedVsComputed, "重点项目执行率应等于实际支出 ÷ 预算", "keyProjects[i].executionRate", [], ProjectRates),
        new("JX-P009", RuleFamily.PrintedVsComputed, "重点项目等级应与其得分所在的等级区间一致", "keyProjects[i].grade", ["excellent", "good", "fair"], ProjectGrades),
        new("JX-P010", RuleFamily.PrintedVsComputed, "填报得分应与按指标体系复算的得分一致", "indicators[i].score, score.parts.<一级指标>, score.total", [], Rescored),
    ];

    private static void ExecutionRate(RuleContext context)
    {
        if (context.Budget is { ExecutionRate: { } printed, Actual: { } actual, Adjusted: { } adjusted and not 0 })
        {
            AmountRate(context, "budget.executionRate", "预算执行率", printed, ("执行数", actual), ("全年预算数", adjusted));
        }
    }

    private static void Adjustment(RuleContext context)
    {
        if (context.Budget is not { Adjustment: { } printed, Initial: { } initial, Adjusted: { } adjusted })
        {
            return;
        }

        // Reports print the magnitude of a cut; a signed figure is read as printed.
        var signed = adjusted - initial;
        var slack = Precision.HalfUnit(printed) + Precision.HalfUnit(initial) + Precision.HalfUnit(adjusted);
        if (Math.Abs(printed - signed) > slack && Math.Abs(printed - Math.Abs(signed)) > slack)
        {
            context.Report("budget.adjustment", $"预算调整数填报为 {Say.Amount(printed)}，全年预算数 {Number.Show(adjusted)} − 年初预算 {Number.Show(initial)} = {Say.Amount(signed)}");
        }
    }

    private static void AdjustmentRate(RuleContext context)
    {
        if (context.Budget is not { AdjustmentRate: { } printed, Initial: { } initial and not 0, Adjusted: { } adjusted })
        {
            return;
        }

        var change = Math.Abs(adjusted - initial);
        if (!Precision.RateAgrees(printed, change, Precision.HalfUnit(adjusted) + Precision.HalfUnit(initial), initial, Precision.HalfUnit(initial)))
        {
            context.Report("budget.adjustmentRate", $"预算调整率填报为 {Say.Rate(printed)}，按 |{Number.Show(adjusted)} − {Number.Show(initial)}| ÷ 年初预算 {Number.Show(initial)} 计算为 {Say.Ratio(change, initial)}");
        }
    }

    private static void Shares(RuleContext context)
    {
        if (context.Budget is not { Actual: { } actual and not 0 } budget)
        {
            return;
        }

        if (budget is { BasicShare: { } basicShare, Basic: { } basic })
        {
            AmountRate(context, "budget.basicShare", "基本支出占比", basicShare, ("基本支出", basic), ("执行数", actual));
        }

        if (budget is { ProjectShare: { } projectShare, Project: { } project })
        {
            AmountRate(context, "budget.projectShare", "项目支出占比", projectShare, ("项目支出", project), ("执行数", actual));
        }
    }

    private static void ScoreRates(RuleContext context)
    {
        foreach (var (name, printed) in context.Evaluation.Score?.Rates ?? new Dictionary<string, decimal>())
        {
            var points = context.Evaluation.Score!.Parts.FirstOrDefault(pair => context.PartKey(pair.Key) == context.PartKey(name));
            if (points.Key is not null && context.PartWeight(context.PartKey(name)) is { } weight and not 0)
            {
                PointsRate(context, $"score.rates.{name}", $"「{name}」得分率", printed, points.Value, weight);
            }
        }

        for (var i = 0; i < context.Evaluation.Indicators.Count; i++)
        {
            if (context.Evaluation.Indicators[i] is { Rate: { } printed, Score: { } score, Weight: { } weight and not 0 } leaf)
            {
                PointsRate(context, $"indicators[{i}].rate", $"指标「{leaf.Name}」得分率", printed, score, weight);
            }
        }
    }

    private static void GradeOfTotal(RuleContext context)
    {
        if (context.Evaluation.Score is not { Grade: { } printed, Total: { } total })
        {
            return;
        }

        var bands = context.Framework?.Grades is { Count: > 0 } grades ? grades : Bands(context);
        if (GradeBand.For(bands, total) is { } expected && expected != printed)
        {
            context.Report("score.grade", $"等级填报为 {GradeNames.ToChinese(printed)}，总分 {Say.Points(total)} 按等级标准（{GradeBand.Describe(bands)}）应为 {GradeNames.ToChinese(expected)}");
        }
    }

    private static void Carryover(RuleContext context)
    {
        if (context.Budget is not { Carryover: { } printed, Adjusted: { } adjusted, Actual: { } actual })
        {
            return;
        }

        var expected = adjusted - actual;
        var slack = Precision.HalfUnit(printed) + Precision.HalfUnit(adjusted) + Precision.HalfUnit(actual);
        if (Math.Abs(printed - expected) > slack)
        {
            context.Report("budget.carryover", $"结转和结余填报为 {Say.Amount(printed)}，全年预算数 {Number.Show(adjusted)} − 执行数 {Number.Show(actual)} = {Say.Amount(expected)}，相差 {Say.Amount(Math.Abs(printed - expected))}；如含其他资金请说明");
        }
    }

    private static void ProjectRates(RuleContext context)
    {
        for (var i = 0; i < context.Evaluation.KeyProjects.Count; i++)
        {
            if (context.Evaluation.KeyProjects[i] is { ExecutionRate: { } printed, Actual: { } actual, Budget: { } budget and not 0 } project)
            {
                AmountRate(context, $"keyProjects[{i}].executionRate", $"重点项目「{project.Name}」执行率", printed, ("实际支出", actual), ("预算", budget));
            }
        }
    }

    private static void ProjectGrades(RuleContext context)
    {
        var bands = Bands(context);
        for (var i = 0; i < context.Evaluation.KeyProjects.Count; i++)
        {
            if (context.Evaluation.KeyProjects[i] is { Grade: { } printed, Score: { } score } project
                && GradeBand.For(bands, score) is { } expected && expected != printed)
            {
                context.Report($"keyProjects[{i}].grade", $"重点项目「{project.Name}」等级填报为 {GradeNames.ToChinese(printed)}，得分 {Say.Points(score)} 按等级标准（{GradeBand.Describe(bands)}）应为 {GradeNames.ToChinese(expected)}");
            }
        }
    }

    /// <summary>
    /// Only where a framework rescored the evaluation; a part or total only when every leaf under it could be scored.
    /// The rescored leaves are the evaluation's in their order, then any the budget stood in for.
    /// </summary>
    private static void Rescored(RuleContext context)
    {
        var evaluation = context.Evaluation;
        if (evaluation.Computed is not { Score: { } computed } rescored || rescored.Indicators.Count < evaluation.Indicators.Count)
        {
            return;
        }

        for (var i = 0; i < evaluation.Indicators.Count; i++)
        {
            if (evaluation.Indicators[i] is { Score: { } printed } leaf && rescored.Indicators[i].Score is { } again && Differs(printed, again))
            {
                context.Report($"indicators[{i}].score", $"指标「{leaf.Name}」填报得分 {Say.Points(printed)}，复算为 {Say.Points(again)}：{rescored.Indicators[i].Reason}");
            }
        }

        foreach (var (name, printed) in evaluation.Score?.Parts ?? new Dictionary<string, decimal>())
        {
            var key = context.PartKey(name);
            var leaves = rescored.Indicators.Where(leaf => leaf.Path[0] == key).ToList();
            if (leaves.Count > 0 && leaves.All(leaf => leaf.Score is not null) && computed.Parts.TryGetValue(key, out var again) && Differs(printed, again))
            {
                context.Report($"score.parts.{name}", $"「{name}」填报得分 {Say.Points(printed)}，按各末级指标复算为 {Say.Points(again)}");
            }
        }

        if (evaluation.Score?.Total is { } total && computed.Total is { } recomputed
            && rescored.Indicators.All(leaf => leaf.Score is not null) && Differs(total, recomputed))
        {
            context.Report("score.total", $"总分填报为 {Say.Points(total)}，按指标体系复算为 {Say.Points(recomputed)}");
        }

        // The rescoring is rounded to two places: a printed score with more places agrees when it rounds to it (13.333 and 13.33).
        static bool Differs(decimal printed, decimal computed) =>
            Math.Abs(printed - computed) > Precision.HalfUnitOfPoints(printed) && Rounding.Round2(printed) != computed;
    }

    private static void AmountRate(RuleContext context, string field, string what, decimal printed, (string Name, decimal Value) part, (string Name, decimal Value) whole)
    {
        if (!Precision.RateAgrees(printed, part.Value, Precision.HalfUnit(part.Value), whole.Value, Precision.HalfUnit(whole.Value)))
        {
            context.Report(field, $"{what}填报为 {Say.Rate(printed)}，按{part.Name} {Number.Show(part.Value)} ÷ {whole.Name} {Number.Show(whole.Value)} 计算为 {Say.Ratio(part.Value, whole.Value)}");
        }
    }

    private static void PointsRate(RuleContext context, string field, string what, decimal printed, decimal points, decimal weight)
    {
        if (!Precision.RateAgrees(printed, points, Precision.HalfUnitOfPoints(points), weight, 0m))
        {
            context.Report(field, $"{what}填报为 {Say.Rate(printed)}，按得分 {Number.Show(points)} ÷ 分值 {Number.Show(weight)} 计算为 {Say.Ratio(points, weight)}");
        }
    }

    /// <summary>The grade bands the rules file sets, for evaluations without a framework and for key projects.</summary>
    private static GradeBand[] Bands(RuleContext context) =>
    [
        new() { Grade = Grade.Excellent, Min = context.Limit("excellent") },
        new() { Grade = Grade.Good, Min = context.Limit("good") },
        new() { Grade = Grade.Fair, Min = context.Limit("fair") },
        new() { Grade = Grade.Poor, Min = 0m },
    ];
}
