using Jixiao.Domain.Model;
using Jixiao.Domain.Numbers;

namespace Jixiao.Domain.Scoring;

public static partial class LeafScorer
{
    private static LeafScore ScoreDeduction(Indicator indicator, decimal weight)
    {
        if (indicator.Deductions.Count > 0)
        {
            var total = indicator.Deductions.Sum(deduction => deduction.Points);
            var listed = string.Join("；", indicator.Deductions.Select(d => $"扣 {Points(d.Points)}：{d.Reason}"));
            if (total > weight)
            {
                var message = $"扣分合计 {Points(total)}超过分值 {Points(weight)}";
                return new LeafScore(0.00m, $"{listed}；{message}，得 0 分",
                    [new ScoringFlag(ScoringCodes.DeductionsExceedWeight, Severity.Info, $"指标「{indicator.Name}」{message}，按 0 分计")]);
            }

            var score = Rounding.Round2(weight - total);
            return new LeafScore(score, $"{listed}；得 {Points(score)}");
        }

        if (indicator.Score is { } printed)
        {
            if (printed > weight)
            {
                return Unscorable(indicator, weight, $"填报得分 {Points(printed)}超过分值 {Points(weight)}");
            }

            var taken = weight - printed;
            var why = string.IsNullOrWhiteSpace(indicator.Reason) ? "未列扣分原因" : indicator.Reason.Trim();
            return taken == 0
                ? new LeafScore(printed, $"无扣分，得满分 {Points(weight)}")
                : new LeafScore(printed, $"扣 {Points(taken)}（{why}），得 {Points(printed)}");
        }

        // Whether anything is to be deducted is the evaluator's call: with neither a score nor deductions, none is guessed.
        return Unscorable(indicator, weight, "未填报得分或扣分项");
    }
}
