using Jixiao.Domain.Model;
using Jixiao.Domain.Numbers;

namespace Jixiao.Domain.Scoring;

public static partial class LeafScorer
{
    /// <summary>min(rate, 100%) × weight, the rate taken from the leaf's actual ("99.91%") or, where allowed, from the budget.</summary>
    private static LeafScore ScoreExecutionRate(Indicator indicator, decimal weight, BudgetRate? budgetRate)
    {
        decimal rate;
        string source;
        if (QuantityParser.TryParseQuantity(indicator.Actual, out var printed) && printed.Unit == "%")
        {
            (rate, source) = (printed.Value, "");
        }
        else if (string.IsNullOrWhiteSpace(indicator.Actual) && budgetRate is { } fromBudget)
        {
            (rate, source) = (fromBudget.Rate, $"（{fromBudget.Source}）");
        }
        else
        {
            return Unscorable(indicator, weight, string.IsNullOrWhiteSpace(indicator.Actual)
                ? "缺少预算执行率"
                : $"预算执行率「{indicator.Actual}」不是百分比");
        }

        var score = Rounding.Round2(weight * Math.Min(rate, 100m) / 100m);
        var shown = Number.Show(rate) + "%";
        return score >= weight
            ? new LeafScore(score, $"预算执行率 {shown}{source}，得满分 {Points(weight)}")
            : new LeafScore(score, $"预算执行率 {shown}{source}，低于 100%，扣 {Points(Rounding.Round2(weight - score))}，得 {Points(score)}");
    }
}
