namespace Jixiao.Storage.Reviewing;

/// <summary>
/// A reviewer's decision on revision <see cref="Revision"/> of an evaluation: accepted (已复核) or sent back (退回修改),
/// the opinion (复核意见) and, when the reviewer sets another score, that score with its reason.
/// </summary>
internal sealed record ReviewRequest(string Reviewer, int Revision, bool Accepted, string Opinion)
{
    public decimal? AdjustedScore { get; init; }

    public string? Reason { get; init; }
}
