namespace Jixiao.Domain.Model;

/// <summary>
/// A leaf of the scored indicator tree (一级 / 二级 / 三级指标). <see cref="Path"/> holds the level
/// names from the top with the leaf last; <see cref="Weight"/> and <see cref="Score"/> are points,
/// <see cref="Rate"/> is 得分率 in percent; target and actual are kept as printed ("≥26次").
/// </summary>
public sealed record Indicator
{
    public IReadOnlyList<string> Path { get; init; } = [];

    public string Name { get; init; } = "";

    /// <summary>分值.</summary>
    public decimal? Weight { get; init; }

    /// <summary>年度指标值 / 预期实现值.</summary>
    public string? Target { get; init; }

    /// <summary>实际完成值.</summary>
    public string? Actual { get; init; }

    /// <summary>How the indicator is scored; when absent the framework or the target decides.</summary>
    public ScoringMethod? Method { get; init; }

    /// <summary>For a qualitative indicator: how far its target was reached.</summary>
    public Achievement? Achievement { get; init; }

    /// <summary>For a deduction-style indicator: the points taken off and why.</summary>
    public IReadOnlyList<Deduction> Deductions { get; init; } = [];

    /// <summary>得分.</summary>
    public decimal? Score { get; init; }

    /// <summary>得分率, percent.</summary>
    public decimal? Rate { get; init; }

    /// <summary>扣分原因 (printed), or the reason for the computed score.</summary>
    public string? Reason { get; init; }
}
