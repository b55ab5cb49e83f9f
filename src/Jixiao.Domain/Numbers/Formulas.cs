namespace Jixiao.Domain.Numbers;

/// <summary>
/// The formulas of the domain (docs/scoring-rules.md). Amounts are 万元, rates are percentages rounded
/// by <see cref="Rounding.Round2"/>. A formula whose inputs are missing, or whose denominator is zero, gives null.
/// </summary>
public static class Formulas
{
    /// <summary>预算执行率 = actual / adjusted × 100.</summary>
    public static decimal? ExecutionRate(decimal? actual, decimal? adjusted) => Percent(actual, adjusted);

    /// <summary>预算调整数, signed: adjusted − initial (reports print its magnitude).</summary>
    public static decimal? Adjustment(decimal? initial, decimal? adjusted) => adjusted - initial;

    /// <summary>预算调整率 = |adjusted − initial| / initial × 100.</summary>
    public static decimal? AdjustmentRate(decimal? initial, decimal? adjusted) =>
        Percent(adjusted is { } a && initial is { } i ? Math.Abs(a - i) : null, initial);

    /// <summary>结构占比 = part / actual × 100.</summary>
    public static decimal? Share(decimal? part, decimal? actual) => Percent(part, actual);

    /// <summary>Expected 结转结余 = adjusted − actual.</summary>
    public static decimal? ExpectedCarryover(decimal? adjusted, decimal? actual) => adjusted - actual;

    /// <summary>得分率 = score / weight × 100.</summary>
    public static decimal? ScoreRate(decimal? score, decimal? weight) => Percent(score, weight);

    /// <summary>part / whole × 100, rounded; null when either is missing or the whole is zero.</summary>
    public static decimal? Percent(decimal? part, decimal? whole) =>
        part is { } p && whole is { } w && w != 0 ? Rounding.Round2(p * 100m / w) : null;
}
