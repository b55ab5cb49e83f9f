namespace Jixiao.Domain.Frameworks;

/// <summary>
/// When an actual exceeds its target by more than <see cref="Threshold"/> percent (or, for a "lower is better"
/// target, stays below it by as much), the target was set too low: the indicator is flagged, and
/// <see cref="DeductionPerPoint"/> percent of its weight is taken off per percentage point beyond the
/// threshold, at most <see cref="MaxDeduction"/> percent of the weight. The national guidance fixes no
/// amount, so the built-in frameworks flag without deducting.
/// </summary>
public sealed record OverAchievementRule
{
    public decimal Threshold { get; init; } = 20m;

    public decimal DeductionPerPoint { get; init; }

    public decimal MaxDeduction { get; init; }
}
