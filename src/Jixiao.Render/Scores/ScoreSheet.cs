using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Model;
using Jixiao.Domain.Numbers;

namespace Jixiao.Render.Scores;

/// <summary>
/// The scored indicator tree as a table, in the framework's order: the one view the terminal (`jixiao score`)
/// and every document of the 评分表 show. Built from <see cref="Evaluation.Computed"/>; printed values are not used.
/// </summary>
public sealed record ScoreSheet
{
    public required string Title { get; init; }

    public required string FrameworkName { get; init; }

    public required IReadOnlyList<ScoreRow> Rows { get; init; }

    /// <summary>总分, absent when a part lists no leaves (docs/interchange.md).</summary>
    public decimal? Total { get; init; }

    public Grade? Grade { get; init; }

    public int ScoredCount { get; init; }

    public int LeafCount { get; init; }

    /// <summary>The grade as people write it, or — when there is none.</summary>
    public string GradeText => Grade is { } grade ? GradeNames.ToChinese(grade) : "—";

    /// <summary>The table of a scored evaluation; null when it was not scored (no <see cref="Evaluation.Computed"/> indicators).</summary>
    public static ScoreSheet? Of(Evaluation evaluation, Framework framework)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(framework);
        if (evaluation.Computed is not { } computed)
        {
            return null;
        }

        return new ScoreSheet
        {
            Title = string.Join(" ", new[] { evaluation.Department, evaluation.Year is { } year ? $"{year} 年度" : null }.OfType<string>()),
            FrameworkName = framework.Name,
            Rows = ScoreRows.Build(computed, framework),
            Total = computed.Score?.Total,
            Grade = computed.Score?.Grade,
            ScoredCount = computed.Indicators.Count(leaf => leaf.Score is not null),
            LeafCount = computed.Indicators.Count,
        };
    }
}
