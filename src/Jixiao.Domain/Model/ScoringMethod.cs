namespace Jixiao.Domain.Model;

/// <summary>The scoring rules of docs/scoring-rules.md.</summary>
public enum ScoringMethod
{
    /// <summary>A numeric target (≥, ≤, =, a range): full weight when met, proportional when not.</summary>
    Quantitative,

    /// <summary>A described target scored in bands (达成 / 部分达成 / 未达成).</summary>
    Qualitative,

    /// <summary>Weight minus deductions, never below zero.</summary>
    Deduction,

    /// <summary>Budget execution: min(rate, 100%) × weight.</summary>
    ExecutionRate,
}
