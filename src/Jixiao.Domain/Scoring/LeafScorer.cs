using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Model;
using Jixiao.Domain.Numbers;

namespace Jixiao.Domain.Scoring;

/// <summary>
/// Scores one leaf indicator by the rules of docs/scoring-rules.md. Each rule lives in its own part of this class.
/// Scores are rounded half away from zero to 2 decimals and never exceed the weight.
/// </summary>
public static partial class LeafScorer
{
    /// <param name="indicator">The leaf as the evaluation printed it.</param>
    /// <param name="method">The method decided by the framework, the indicator or <see cref="InferMethod"/>.</param>
    /// <param name="weight">The leaf's weight in points.</param>
    /// <param name="framework">Supplies the qualitative bands and the over-achievement rule.</param>
    /// <param name="budgetRate">The budget's execution rate, for an executionRate leaf that prints none and may take it.</param>
    public static LeafScore Score(Indicator indicator, ScoringMethod method, decimal weight, Framework framework, BudgetRate? budgetRate)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(framework);
        return method switch
        {
            ScoringMethod.Quantitative => ScoreQuantitative(indicator, weight, framework.OverAchievement),
            ScoringMethod.Qualitative => ScoreQualitative(indicator, weight, framework),
            ScoringMethod.Deduction => ScoreDeduction(indicator, weight),
            ScoringMethod.ExecutionRate => ScoreExecutionRate(indicator, weight, budgetRate),
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
        };
    }

    /// <summary>
    /// The method of a leaf that neither the framework nor the evaluation names: a numeric target means
    /// quantitative, listed deductions mean deduction-style, anything else is qualitative.
    /// </summary>
    public static ScoringMethod InferMethod(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return indicator.Achievement is null && QuantityParser.TryParseTarget(indicator.Target, out _) ? ScoringMethod.Quantitative
            : indicator.Deductions.Count > 0 ? ScoringMethod.Deduction
            : ScoringMethod.Qualitative;
    }

    /// <summary>When the data cannot be scored: the printed score as printed if there is one, else no score.</summary>
    private static LeafScore Unscorable(Indicator indicator, decimal weight, string why)
    {
        if (indicator.Score is { } printed && printed <= weight)
        {
            return new LeafScore(printed, $"{why}，采用填报得分 {Number.Show(printed)} 分",
                [new ScoringFlag(ScoringCodes.NotScored, Severity.Info, $"指标「{indicator.Name}」{why}，无法复算，采用填报得分 {Number.Show(printed)} 分")]);
        }

        return new LeafScore(null, $"{why}，未计分",
            [new ScoringFlag(ScoringCodes.NotScored, Severity.Warning, $"指标「{indicator.Name}」{why}，未计分")]);
    }

    private static string Points(decimal points) => $"{Number.Show(points)} 分";
}
