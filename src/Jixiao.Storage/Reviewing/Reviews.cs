using Jixiao.Storage.Entities;
using Jixiao.Storage.Reading;
using Jixiao.Storage.Saving;

namespace Jixiao.Storage.Reviewing;

/// <summary>
/// Records reviewer decisions. A decision is about one revision: when another revision was saved meanwhile, the
/// decision is refused (the database checks it, as for saves) and names the newer revision, so nobody approves a
/// version they have not read.
/// </summary>
internal static class Reviews
{
    /// <summary>Stores the decision and moves the evaluation's status; returns the problem instead when it cannot be recorded.</summary>
    public static string? Record(JixiaoStore store, EvaluationRow row, ReviewRequest request)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Opinion))
        {
            return "复核意见不能为空";
        }

        if (request.AdjustedScore is { } score && (score < 0 || score > 100 || !Units.Fits(score)))
        {
            return $"调整后的得分 {Domain.Numbers.Number.Show(score)} 应在 0 到 100 之间";
        }

        if (request.AdjustedScore is not null && string.IsNullOrWhiteSpace(request.Reason))
        {
            return "调整得分须写明理由";
        }

        var outcome = request.Accepted ? EvaluationStatus.Reviewed : EvaluationStatus.Returned;
        using var db = store.NewDb();
        using var transaction = db.Database.BeginTransaction();
        var now = store.Now;
        var changed = Bulk.Execute(db, "UPDATE \"evaluations\" SET \"status\" = @p0 WHERE \"id\" = @p1 AND \"current_revision\" = @p2", outcome, row.Id, request.Revision);
        if (changed != 1)
        {
            var current = db.Evaluations.Where(e => e.Id == row.Id).Select(e => e.CurrentRevision).Single();
            return request.Revision > current
                ? $"没有第 {request.Revision} 版（共 {current} 版）"
                : $"第 {request.Revision} 版之后已有第 {current} 版，请先查看最新版再复核（jixiao db show … --revision {current}）";
        }

        db.Reviews.Add(new ReviewDecision(row.Id, request.Revision, request.Reviewer, now, outcome, request.Opinion.Trim(),
            Units.ToUnits(request.AdjustedScore), request.Reason?.Trim()));
        db.Audit.Add(new AuditEntry(now, request.Reviewer, "review", $"{new EvaluationKey(row.Department, row.Year, row.Kind, row.Project)} r{request.Revision}",
            $"{outcome}：{request.Opinion.Trim()}" + (request.AdjustedScore is { } s ? $"；得分调整为 {Domain.Numbers.Number.Show(s)}（{request.Reason?.Trim()}）" : "")));
        db.SaveChanges();
        transaction.Commit();
        return null;
    }

    public static IReadOnlyList<ReviewInfo> Of(JixiaoDb db, EvaluationRow row) =>
        [.. db.Reviews.Where(r => r.EvaluationId == row.Id).OrderBy(r => r.Id).AsEnumerable()
            .Select(r => new ReviewInfo(r.Revision, r.Reviewer, DateTimeOffset.FromUnixTimeMilliseconds(r.At), r.Outcome, r.Opinion, Units.FromUnits(r.AdjustedScore), r.Reason))];
}
