namespace Jixiao.Domain.Scoring;

/// <summary>The score of one leaf in points (null when it could not be scored), its reason in Chinese, and any flags.</summary>
public sealed record LeafScore(decimal? Score, string Reason, IReadOnlyList<ScoringFlag> Flags)
{
    public LeafScore(decimal? score, string reason)
        : this(score, reason, [])
    {
    }
}
