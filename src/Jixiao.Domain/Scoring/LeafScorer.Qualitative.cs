using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Model;
using Jixiao.Domain.Numbers;

namespace Jixiao.Domain.Scoring;

public static partial class LeafScorer
{
    private static LeafScore ScoreQualitative(Indicator indicator, decimal weight, Framework framework)
    {
        if (indicator.Achievement is not { } achievement)
        {
            return Unscorable(indicator, weight, "定性指标未标明达成情况（达成 / 部分达成 / 未达成）");
        }

        var name = AchievementNames.ToChinese(achievement);
        if (framework.BandFor(achievement) is not { } band)
        {
            return Unscorable(indicator, weight, $"指标体系没有「{name}」档次");
        }

        var low = Rounding.Round2(weight * band.Min / 100m);
        var high = Rounding.Round2(weight * band.Max / 100m);
        var range = $"「{name}」档次 {Number.Show(band.Min)}%–{Number.Show(band.Max)}%（{Number.Show(low)}–{Number.Show(high)} 分）";
        if (indicator.Score is not { } printed)
        {
            var score = Rounding.Round2(weight * band.Default / 100m);
            return new LeafScore(score, $"定性指标{range}，未填报得分，按 {Number.Show(band.Default)}% 计 {Points(score)}");
        }

        if (printed >= low && printed <= high)
        {
            return new LeafScore(printed, $"定性指标{range}，填报得分 {Points(printed)}在档次内");
        }

        var clamped = printed < low ? low : high;
        var message = $"填报得分 {Points(printed)}超出{range}";
        return new LeafScore(clamped, $"定性指标{message}，按档次{(printed < low ? "下限" : "上限")}计 {Points(clamped)}",
            [new ScoringFlag(ScoringCodes.OutsideBand, Severity.Warning, $"指标「{indicator.Name}」{message}")]);
    }
}
