using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Model;
using Jixiao.Domain.Numbers;

namespace Jixiao.Domain.Scoring;

public static partial class LeafScorer
{
    private static LeafScore ScoreQuantitative(Indicator indicator, decimal weight, OverAchievementRule rule)
    {
        if (!QuantityParser.TryParseTarget(indicator.Target, out var target))
        {
            return Unscorable(indicator, weight, $"指标值「{indicator.Target}」不是明确的数值");
        }

        if (string.IsNullOrWhiteSpace(indicator.Actual))
        {
            return Unscorable(indicator, weight, "缺少实际完成值");
        }

        if (!QuantityParser.TryParseQuantity(indicator.Actual, out var actual))
        {
            return Unscorable(indicator, weight, $"实际完成值「{indicator.Actual}」不是确定的数值");
        }

        if (!target.IsComparableWith(actual))
        {
            return Unscorable(indicator, weight, $"实际完成值单位「{actual.Unit}」与指标值单位「{target.Low.Unit}」不一致");
        }

        var a = actual.BaseValue;
        var low = target.Low.BaseValue;
        var top = target.High?.BaseValue ?? low;
        // The proportion as numerator and denominator, so that weight × numerator ÷ denominator is rounded once.
        var (numerator, denominator, shortfall) = target.Comparison switch
        {
            Comparison.AtLeast => a >= low ? (1m, 1m, null) : (a, low, $"低于指标值 {target.Low}"),
            Comparison.AtMost => a <= low ? (1m, 1m, null) : (low, a, $"高于指标值 {target.Low}"),
            Comparison.Exactly => a == low ? (1m, 1m, null) : (Math.Min(a, low), Math.Max(a, low), $"不等于指标值 {target.Low}"),
            _ => a < low ? (a, low, $"低于指标值区间下限 {target.Low}")
                : a > top ? (top, a, $"高于指标值区间上限 {target.High}")
                : (1m, 1m, (string?)null),
        };

        if (shortfall is not null)
        {
            var score = Rounding.Round2(weight * numerator / denominator);
            return new LeafScore(score, $"实际完成 {actual}，{shortfall}，按完成比例得 {Points(score)}");
        }

        return OverAchievement(indicator, weight, target, actual, rule)
            ?? new LeafScore(Rounding.Round2(weight), $"实际完成 {actual}，达到指标值 {target}，得满分 {Points(weight)}");
    }

    /// <summary>A met target that the actual exceeds (or undercuts, when lower is better) beyond the framework's threshold.</summary>
    private static LeafScore? OverAchievement(Indicator indicator, decimal weight, Target target, Quantity actual, OverAchievementRule rule)
    {
        var deviation = target.Exceedance(actual);
        if (deviation <= rule.Threshold)
        {
            return null;
        }

        // The excess is capped at 10,000 points, far past any maximum deduction, so that the product stays in range.
        var deductionShare = rule.DeductionPerPoint == 0 ? 0m
            : Math.Min(rule.MaxDeduction, Math.Min(deviation - rule.Threshold, 10_000m) * rule.DeductionPerPoint);
        var score = Rounding.Round2(weight * (100m - deductionShare) / 100m);
        var outcome = score < weight
            ? $"按偏离程度扣 {Points(Rounding.Round2(weight - score))}，得 {Points(score)}"
            : $"得满分 {Points(weight)}";
        var message = BeyondTarget(target, actual, deviation, rule.Threshold);
        return new LeafScore(score, $"{message}；{outcome}",
            [new ScoringFlag(ScoringCodes.TargetTooLow, Severity.Warning, $"指标「{indicator.Name}」{message}，请说明原因")]);
    }

    /// <summary>
    /// How far an actual goes beyond its target, and what that says of the target: "实际完成 160 场，超出指标值 ≥100 场
    /// 达 60.00%（阈值 20%），指标值可能设置偏低". Scoring (JX-S001) and the review (JX-I001) say it alike.
    /// </summary>
    public static string BeyondTarget(Target target, Quantity actual, decimal exceedance, decimal threshold)
    {
        var (direction, verdict) = target.Comparison == Comparison.AtLeast ? ("超出", "偏低") : ("优于", "过松");
        return $"实际完成 {actual}，{direction}指标值 {target} 达 {Number.Percent(Rounding.Round2(exceedance))}（阈值 {Number.Show(threshold)}%），指标值可能设置{verdict}";
    }
}
