namespace Jixiao.Domain.Model;

/// <summary>One function class (功能分类) of the budget, 万元.</summary>
public sealed record FunctionLine
{
    public string Name { get; init; } = "";

    public decimal? Initial { get; init; }

    public decimal? Adjusted { get; init; }

    public decimal? Actual { get; init; }
}
