namespace Jixiao.Domain.Numbers;

/// <summary>What a quantitative target asks for.</summary>
public enum Comparison
{
    /// <summary>≥, 不少于, 以上, or a bare number: higher is better.</summary>
    AtLeast,

    /// <summary>≤, 不超过, 低于, 以内: lower is better.</summary>
    AtMost,

    /// <summary>=, 等于.</summary>
    Exactly,

    /// <summary>A range a–b.</summary>
    Between,
}
