namespace Jixiao.Domain.Numbers;

/// <summary>A parsed quantitative target: "≥26次" is (AtLeast, 26 次); "90%-95%" is (Between, 90%, 95%).</summary>
public readonly record struct Target(Comparison Comparison, Quantity Low, Quantity? High)
{
    /// <summary>Whether <paramref name="actual"/> can be held against this target: the same base unit, or none on either side.</summary>
    public bool IsComparableWith(Quantity actual) =>
        actual.IsComparableWith(Low) && (High is not { } high || actual.IsComparableWith(high));

    /// <summary>Whether a comparable <paramref name="actual"/> meets the target (a range is met inside it, ends included).</summary>
    public bool IsMetBy(Quantity actual)
    {
        var a = actual.BaseValue;
        var low = Low.BaseValue;
        return Comparison switch
        {
            Comparison.AtLeast => a >= low,
            Comparison.AtMost => a <= low,
            Comparison.Exactly => a == low,
            _ => a >= low && a <= (High?.BaseValue ?? low),
        };
    }

    /// <summary>
    /// How far, in percent of the target, a comparable <paramref name="actual"/> goes beyond it in the good direction:
    /// above an "at least" target, below an "at most" one. Zero for ranges, exact targets, a zero target and a shortfall.
    /// </summary>
    public decimal Exceedance(Quantity actual)
    {
        var t = Low.BaseValue;
        var beyond = Comparison switch
        {
            Comparison.AtLeast when t > 0 => (actual.BaseValue - t) * 100m / t,
            Comparison.AtMost when t > 0 => (t - actual.BaseValue) * 100m / t,
            _ => 0m,
        };
        return Math.Max(beyond, 0m);
    }

    public override string ToString() => Comparison switch
    {
        Comparison.AtLeast => "≥" + Low,
        Comparison.AtMost => "≤" + Low,
        Comparison.Exactly => "=" + Low,
        _ => $"{Low}–{High}",
    };
}
