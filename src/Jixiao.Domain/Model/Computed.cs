namespace Jixiao.Domain.Model;

/// <summary>
/// What Jixiao computed, under the same paths as the printed values:
/// <c>computed.budget.executionRate</c> beside <c>budget.executionRate</c>.
/// <see cref="Indicators"/> has one entry per entry of <see cref="Evaluation.Indicators"/>, in the same order.
/// </summary>
public sealed record Computed
{
    public Budget? Budget { get; init; }

    public IReadOnlyList<Indicator> Indicators { get; init; } = [];

    public Score? Score { get; init; }
}
