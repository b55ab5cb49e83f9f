namespace Jixiao.Domain.Numbers;

/// <summary>A parsed quantitative target: "≥26次" is (AtLeast, 26 次); "90%-95%" is (Between, 90%, 95%).</summary>
public readonly record struct Target(Comparison Comparison, Quantity Low, Quantity? High)
{
    public override string ToString() => Comparison switch
    {
        Comparison.AtLeast => "≥" + Low,
        Comparison.AtMost => "≤" + Low,
        Comparison.Exactly => "=" + Low,
        _ => $"{Low}–{High}",
    };
}
