using Jixiao.Domain.Numbers;
using Jixiao.Domain.Scoring;

namespace Jixiao.Domain.Checks.Rules;

/// <summary>
/// JX-I: targets and actuals, after the national rules for self-evaluation: a target must be measurable and
/// not set too low, an actual must be reported, and an unmet target cannot earn full marks.
/// They look at the scored indicators, the key indicators and the key tasks' indicators alike.
/// </summary>
internal static partial class IndicatorRules
{
    public static IReadOnlyList<Rule> All { get; } =
    [
        new("JX-I001", RuleFamily.IndicatorQuality, "实际完成值远超指标值（指标值设置偏低）", "indicators[i], keyIndicators[i], tasks[i].indicators[j]", ["threshold"], TargetTooLow),
        new("JX-I002", RuleFamily.IndicatorQuality, "缺少指标值", "…target", [], TargetMissing),
        new("JX-I003", RuleFamily.IndicatorQuality, "指标值没有明确的数值或计量单位（不可衡量）", "…target", [], TargetNotMeasurable),
        new("JX-I004", RuleFamily.IndicatorQuality, "缺少实际完成值", "…actual", [], ActualMissing),
        new("JX-I005", RuleFamily.IndicatorQuality, "未达到指标值却得满分", "indicators[i].score", [], FullMarksUnmet),
        new("JX-I006", RuleFamily.IndicatorQuality, "叙述中的数字与表中实际完成值疑似颠倒", "…actual", [], NarrativeTransposes),
    ];

    private static void TargetTooLow(RuleContext context)
    {
        var threshold = context.Limit("threshold");
        foreach (var item in MeasuredItems(context))
        {
            if (Compare(item) is not var (target, actual))
            {
                continue;
            }

            var beyond = target.Exceedance(actual);
            if (beyond > threshold && !context.HasFinding(ScoringCodes.TargetTooLow, item.Field))
            {
                context.Report(item.Field, $"{item.Label}{LeafScorer.BeyondTarget(target, actual, beyond, threshold)}，请说明原因");
            }
        }
    }

    private static void TargetMissing(RuleContext context)
    {
        // A list none of whose indicators has a target printed no target column: said once for the list, not per indicator.
        foreach (var list in MeasuredItems(context).Where(item => !item.HasNoOwnTarget).GroupBy(item => item.Field[..item.Field.LastIndexOf('[')]))
        {
            var missing = list.Where(item => string.IsNullOrWhiteSpace(item.Target)).ToList();
            if (missing.Count >= 2 && missing.Count == list.Count())
            {
                context.Report(list.Key, $"{missing[0].Label}等 {missing.Count} 项指标均未填报指标值（年度指标值 / 预期值）");
                continue;
            }

            foreach (var item in missing)
            {
                context.Report($"{item.Field}.target", $"{item.Label}缺少指标值（年度指标值 / 预期值）");
            }
        }
    }

    private static void TargetNotMeasurable(RuleContext context)
    {
        foreach (var item in MeasuredItems(context).Where(item => !item.HasNoOwnTarget && !string.IsNullOrWhiteSpace(item.Target)))
        {
            var why = item.ParsedTarget is not { } target ? "没有明确的数值"
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
        foreach (var item in MeasuredItems(context).Where(item => !item.HasNoOwnTarget && !string.IsNullOrWhiteSpace(item.Target) && string.IsNullOrWhiteSpace(item.Actual)))
        {
            context.Report($"{item.Field}.actual", $"{item.Label}有指标值「{item.Target}」，但缺少实际完成值");
        }
    }

    private static void FullMarksUnmet(RuleContext context)
    {
        var indicators = context.Evaluation.Indicators;
        var items = MeasuredItems(context);
        for (var i = 0; i < indicators.Count; i++)
        {
            // The scored indicators come first among the measured items, in their order.
            if (indicators[i] is { Score: { } score, Weight: { } weight and > 0 } leaf && score >= weight
                && Compare(items[i]) is (var target, var actual) && !target.IsMetBy(actual))
            {
                context.Report($"indicators[{i}].score", $"指标「{leaf.Name}」实际完成 {actual}，未达到指标值 {target}，却得满分 {Say.Points(weight)}");
            }
        }
    }

    /// <summary>The target and actual when both are definite numbers in comparable units.</summary>
    private static (Target Target, Quantity Actual)? Compare(Measured item) =>
        !item.HasNoOwnTarget && item.ParsedTarget is { } target
        && item.ParsedActual is { } actual && target.IsComparableWith(actual)
            ? (target, actual)
            : null;
}
