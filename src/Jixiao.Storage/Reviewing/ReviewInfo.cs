namespace Jixiao.Storage.Reviewing;

/// <summary>A stored review decision, as `db show` prints it.</summary>
internal sealed record ReviewInfo(int Revision, string Reviewer, DateTimeOffset At, string Outcome, string Opinion, decimal? AdjustedScore, string? Reason);
