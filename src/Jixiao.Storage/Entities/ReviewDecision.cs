namespace Jixiao.Storage.Entities;

/// <summary>A reviewer's decision on one revision (复核意见): the opinion, the outcome and, when the score is changed, the new score with its reason.</summary>
internal sealed class ReviewDecision
{
    public ReviewDecision(long evaluationId, int revision, string reviewer, long at, string outcome, string opinion, long? adjustedScore, string? reason)
    {
        EvaluationId = evaluationId;
        Revision = revision;
        Reviewer = reviewer;
        At = at;
        Outcome = outcome;
        Opinion = opinion;
        AdjustedScore = adjustedScore;
        Reason = reason;
    }

    public long Id { get; private set; }

    public long EvaluationId { get; private set; }

    /// <summary>The revision number the decision is about.</summary>
    public int Revision { get; private set; }

    public string Reviewer { get; private set; }

    public long At { get; private set; }

    /// <summary>已复核 or 退回修改 (<see cref="EvaluationStatus"/>).</summary>
    public string Outcome { get; private set; }

    public string Opinion { get; private set; }

    /// <summary>The score the reviewer sets, scaled (<see cref="Units"/>); null when the score stands.</summary>
    public long? AdjustedScore { get; private set; }

    public string? Reason { get; private set; }
}
