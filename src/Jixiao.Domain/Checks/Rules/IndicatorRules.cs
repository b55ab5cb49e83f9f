using Jixiao.Domain.Model;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Scoring;

namespace Jixiao.Domain.Checks.Rules;

/// <summary>
/// JX-I: targets and actuals, after the national rules for self-evaluation: a target must be measurable and
/// not set too low, an actual must be reported, and an unmet target cannot earn full marks.
/// They look at the scored indicators, the key indicators and the key tasks' indicators alike.
/// </summary>
internal static class IndicatorRules
{
    public static IReadOnlyList<Rule> All { get; } =
    [
        new("JX-I001", RuleFamily.IndicatorQuality, "实际完成值远超指标值（指标值设置偏低）", "indicators[i], keyIndicators[i], tasks[i].indicators[j]", ["threshold"], TargetTooLow),
        new("JX-I002", RuleFamily.IndicatorQuality, "缺少指标值", "…target", [], TargetMissing),
        new("JX-I003", RuleFamily.IndicatorQuality, "指标值没有明确的数值或计量单位（不可衡量）", "…target", [], TargetNotMeasurable),
        new("JX-I004", RuleFamily.IndicatorQuality, "缺少实际完成值", "…actual", [], ActualMissing),
        new("JX-I005", RuleFamily.IndicatorQuality, "未达到指标值却得满分", "indicators[i].score", [], FullMarksUnmet),
    ];

    /// <summary>An indicator with a target and an actual, wherever it stands in the evaluation.</summary>
    private sealed record Measured(string Field, string Label, string? Target, string? Actual, bool IsDeductionStyle);

    private static void TargetTooLow(RuleContext context)
    {
        var threshold = context.Limit("threshold");
        foreach (var item in MeasuredItems(context))
        {
            if (Compare(item) is not { } pair || context.HasFinding(ScoringCodes.TargetTooLow, item.Field))
            {
                continue;
            }

            var (target, actual) = pair;
            var beyond = target.Exceedance(actual);
            if (beyond > threshold)
            {
                var (direction, verdict) = target.Comparison == Comparison.AtLeast ? ("超出", "偏低") : ("优于", "过松");
                context.Report(item.Field, $"{item.Label}实际完成 {actual}，{direction}指标值 {target} 达 {Number.Percent(Rounding.Round2(beyond))}（阈值 {Say.Rate(threshold)}），指标值可能设置{verdict}，请说明原因");
            }
        }
    }

    private static void TargetMissing(RuleContext context)
    {
        foreach (var item in MeasuredItems(context).Where(item => !item.IsDeductionStyle && string.IsNullOrWhiteSpace(item.Target)))
        {
            context.Report($"{item.Field}.target", $"{item.Label}缺少指标值（年度指标值 / 预期值）");
        }
    }

    private static void TargetNotMeasurable(RuleContext context)
    {
        foreach (var item in MeasuredItems(context).Where(item => !item.IsDeductionStyle && !string.IsNullOrWhiteSpace(item.Target)))
        {
            var why = !QuantityParser.TryParseTarget(item.Target, out var target) ? "没有明确的数值"
                : target.Low.Unit.Length == 0 ? "没有计量单位"
                : null;
            if (why is not null)
            {
                context.Report($"{item.Field}.target", $"{item.Label}的指标值「{item.Target}」{why}，难以衡量完成情况");
            }
        }
    }

    private static void ActualMissing(RuleContext context)
    {
        foreach (var item in MeasuredItems(context).Where(item => !item.IsDeductionStyle && !string.IsNullOrWhiteSpace(item.Target) && string.IsNullOrWhiteSpace(item.Actual)))
        {
            context.Report($"{item.Field}.actual", $"{item.Label}有指标值「{item.Target}」，但缺少实际完成值");
        }
    }

    private static void FullMarksUnmet(RuleContext context)
    {
        var indicators = context.Evaluation.Indicators;
        for (var i = 0; i < indicators.Count; i++)
        {
            if (indicators[i] is { Score: { } score, Weight: { } weight and > 0 } leaf && score >= weight
                && Compare(Item(context, i)) is (var target, var actual) && !target.IsMetBy(actual))
            {
                context.Report($"indicators[{i}].score", $"指标「{leaf.Name}」实际完成 {actual}，未达到指标值 {target}，却得满分 {Say.Points(weight)}");
            }
        }
    }

    /// <summary>The target and actual when both are definite numbers in comparable units.</summary>
    private static (Target Target, Quantity Actual)? Compare(Measured item) =>
        !item.IsDeductionStyle && QuantityParser.TryParseTarget(item.Target, out var target)
        && QuantityParser.TryParseQuantity(item.Actual, out var actual) && target.IsComparableWith(actual)
            ? (target, actual)
            : null;

    private static List<Measured> MeasuredItems(RuleContext context)
    {
        var evaluation = context.Evaluation;
        var items = new List<Measured>();
        for (var i = 0; i < evaluation.Indicators.Count; i++)
        {
            items.Add(Item(context, i));
        }

        for (var i = 0; i < evaluation.KeyIndicators.Count; i++)
        {
            var key = evaluation.KeyIndicators[i];
            items.Add(new Measured($"keyIndicators[{i}]", $"关键指标「{key.Name}」", key.Target, key.Actual, false));
        }

        for (var i = 0; i < evaluation.Tasks.Count; i++)
        {
            var task = evaluation.Tasks[i];
            for (var j = 0; j < task.Indicators.Count; j++)
            {
                var key = task.Indicators[j];
                items.Add(new Measured($"tasks[{i}].indicators[{j}]", $"任务「{task.Name}」的关键指标「{key.Name}」", key.Target, key.Actual, false));
            }
        }

        return items;
    }

    /// <summary>A scored indicator; a deduction-style one (points off a standard) has no target or actual to hold it to.</summary>
    private static Measured Item(RuleContext context, int index)
    {
        var leaf = context.Evaluation.Indicators[index];
        var computed = context.Evaluation.Computed?.Indicators;
        var method = computed?.Count == context.Evaluation.Indicators.Count ? computed[index].Method ?? leaf.Method : leaf.Method;
        var deductionStyle = method == ScoringMethod.Deduction || (method is null && leaf.Deductions.Count > 0);
        return new Measured($"indicators[{index}]", $"指标「{leaf.Name}」", leaf.Target, leaf.Actual, deductionStyle);
    }
}
