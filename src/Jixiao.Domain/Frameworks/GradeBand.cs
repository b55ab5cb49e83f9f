using Jixiao.Domain.Model;

namespace Jixiao.Domain.Frameworks;

/// <summary>A grade and the lowest total (inclusive) that earns it.</summary>
public sealed record GradeBand
{
    public Grade Grade { get; init; }

    public decimal Min { get; init; }
}
