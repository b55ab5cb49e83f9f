namespace Jixiao.Web.Api;

/// <summary>POST /api/evaluations: a new department evaluation of the caller's department.</summary>
internal sealed record CreateRequest(int Year, string Framework);

/// <summary>The new evaluation's id and its first revision.</summary>
internal sealed record NewEvaluation(long Id, int Revision);

/// <summary>A saved revision.</summary>
internal sealed record SavedRevision(long Id, int Revision);

/// <summary>A workflow step's comment (提交, 发布).</summary>
internal sealed record StepRequest(string? Comment);

/// <summary>The 复核人's decision on the current revision: approve or return, the opinion, and an adjusted score with its reason.</summary>
internal sealed record ReviewBody(bool Accepted, string Opinion, decimal? AdjustedScore, string? Reason);

/// <summary>An upload read and waiting for review: where to review it, and what was read.</summary>
internal sealed record UploadReceived(long UploadId, string FileName, string ReviewPage);

/// <summary>The field paths at which two revisions differ.</summary>
internal sealed record RevisionDiff(int From, int To, IReadOnlyList<string> Changed);
