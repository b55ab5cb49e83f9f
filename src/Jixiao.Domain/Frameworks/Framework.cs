using Jixiao.Domain.Model;

namespace Jixiao.Domain.Frameworks;

/// <summary>
/// An indicator system (指标体系) as data: the weighted tree, the grade bands, the qualitative bands and
/// the over-achievement rule. Built-in frameworks are embedded JSON files; users add their own.
/// </summary>
public sealed record Framework
{
    public string Id { get; init; } = "";

    public string Name { get; init; } = "";

    public EvaluationKind Kind { get; init; }

    /// <summary>Where the weights come from and what the framework leaves to the department.</summary>
    public string? Description { get; init; }

    /// <summary>Total points, 100 in every scheme seen so far.</summary>
    public decimal Total { get; init; } = 100m;

    /// <summary>Grade bands, highest first; a total at or above <see cref="GradeBand.Min"/> gets that grade.</summary>
    public IReadOnlyList<GradeBand> Grades { get; init; } = [];

    public IReadOnlyList<QualitativeBand> QualitativeBands { get; init; } = [];

    public OverAchievementRule OverAchievement { get; init; } = new();

    /// <summary>
    /// The parts an evaluation under this framework must have (<see cref="EvaluationParts"/>: goals, tasks, budget …);
    /// the review rule JX-C001 reports those missing. Empty: the rules file's list applies.
    /// </summary>
    public IReadOnlyList<string> Requires { get; init; } = [];

    /// <summary>The first-level indicators (一级指标) with their subtrees.</summary>
    public IReadOnlyList<FrameworkNode> Indicators { get; init; } = [];

    /// <summary>The grade of a total score, or null when no band covers it.</summary>
    public Grade? GradeFor(decimal total) => GradeBand.For(Grades, total);

    public QualitativeBand? BandFor(Achievement achievement) =>
        QualitativeBands.FirstOrDefault(band => band.Achievement == achievement);
}
