namespace Jixiao.Domain.Model;

/// <summary>
/// The conclusion (自评结论): total and part scores in points, rates in percent,
/// keyed by the part (一级指标) name as printed.
/// </summary>
public sealed record Score
{
    public decimal? Total { get; init; }

    public IReadOnlyDictionary<string, decimal> Parts { get; init; } = new Dictionary<string, decimal>();

    public IReadOnlyDictionary<string, decimal> Rates { get; init; } = new Dictionary<string, decimal>();

    public IReadOnlyDictionary<string, decimal> Weights { get; init; } = new Dictionary<string, decimal>();

    public Grade? Grade { get; init; }

    /// <summary>扣分的主要原因.</summary>
    public IReadOnlyList<string> DeductionReasons { get; init; } = [];
}
