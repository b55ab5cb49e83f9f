using Jixiao.Domain.Interchange;
using Jixiao.Domain.Model;
using Jixiao.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Storage.Saving;

/// <summary>
/// Saving revisions inside the caller's transaction: the files (once by hash), the departments and evaluations
/// (created when new), the revisions, their findings and an audit line each. A save never overwrites: it adds
/// revision N + 1 and moves the evaluation's <see cref="StoredEvaluation.CurrentRevision"/> from N, which the
/// database checks. A batch costs a handful of statements whatever its size: each step reads or writes the whole
/// batch at once.
/// </summary>
internal static partial class Revisions
{
    /// <summary>
    /// Stores the evaluations, or says why not, one outcome each in order. Throws <see cref="DbUpdateException"/> when
    /// another save got there first in the database (the caller rolls back, then retries or reports the conflict).
    /// </summary>
    public static SaveOutcome[] Save(JixiaoDb db, IReadOnlyList<(Evaluation Evaluation, SaveRequest Request)> saves, long now)
    {
        var outcomes = new SaveOutcome?[saves.Count];
        var work = new List<Work>();
        for (var i = 0; i < saves.Count; i++)
        {
            var (evaluation, request) = saves[i];
            var (key, problem) = Figures.KeyOf(evaluation);
            var (figures, beyond) = Figures.Of(evaluation);
            if (key is null || figures is null)
            {
                outcomes[i] = new SaveOutcome.Refused(problem ?? beyond!);
            }
            else
            {
                work.Add(new Work(i, key, evaluation, request, figures));
            }
        }

        SkipStoredFiles(db, work, outcomes);
        work.RemoveAll(item => outcomes[item.Index] is not null);
        AttachEvaluations(db, work);
        foreach (var item in work.Where(item => item.Request.BasedOn is { } basedOn && basedOn != item.Stored!.CurrentRevision))
        {
            outcomes[item.Index] = ConflictWith(db, item.Stored!, item.Key, item.Request.BasedOn!.Value, InterchangeJson.Write(item.Evaluation));
        }

        work.RemoveAll(item => outcomes[item.Index] is not null);
        var fileIds = StoreFiles(db, work, now);
        var before = work.Select(item => item.Stored!).Distinct().ToDictionary(stored => stored.Id, stored => stored.CurrentRevision);
        var revisions = work.Select(item => new Revision(item.Stored!.Id, item.Stored.Advance(), item.Request.Author, now, item.Request.Reason,
            item.Request.File is { } file ? fileIds[file.Sha256] : null, InterchangeJson.Write(item.Evaluation), item.Figures)).ToList();
        MoveOn(db, [.. work.Select(item => item.Stored!).DistinctBy(stored => stored.Id).Select(stored => (stored, before[stored.Id]))]);
        Bulk.Insert(db, revisions);
        var ids = RevisionIds(db, revisions);
        var findings = new List<StoredFinding>();
        var audit = new List<AuditEntry>();
        for (var i = 0; i < work.Count; i++)
        {
            var (item, revision) = (work[i], revisions[i]);
            var id = ids[(revision.EvaluationId, revision.Number)];
            findings.AddRange(item.Evaluation.Findings.Select((finding, n) =>
                new StoredFinding(id, n, finding.Code, Figures.SeverityName(finding.Severity), finding.Field, finding.Message)));
            audit.Add(new AuditEntry(now, item.Request.Author, "save", $"{item.Key} r{revision.Number}",
                item.Request.File is { } file ? $"{item.Request.Reason}（文件 {file.Name}，SHA-256 {file.Sha256}）" : item.Request.Reason));
            outcomes[item.Index] = new SaveOutcome.Saved(item.Key, revision.Number);
        }

        Bulk.Insert(db, findings);
        Bulk.Insert(db, audit);
        return [.. outcomes.Select(outcome => outcome!)];
    }

    /// <summary>The conflict of a save based on <paramref name="basedOn"/>, against what is stored now.</summary>
    public static SaveOutcome.Conflict ConflictWith(JixiaoDb db, StoredEvaluation stored, EvaluationKey key, int basedOn, string json)
    {
        var since = History(db, stored.Id).Where(info => info.Number > basedOn).ToList();
        var jsons = db.Revisions.Where(r => r.EvaluationId == stored.Id && (r.Number == basedOn || r.Number == stored.CurrentRevision))
            .Select(r => new { r.Number, r.Json }).ToDictionary(r => r.Number, r => r.Json);
        var baseJson = jsons.GetValueOrDefault(basedOn);
        var current = jsons.GetValueOrDefault(stored.CurrentRevision) ?? "{}";
        return new SaveOutcome.Conflict(key, basedOn, since,
            JsonDiff.Paths(baseJson ?? "{}", current),
            baseJson is null ? [$"（第 {basedOn.ToString(System.Globalization.CultureInfo.InvariantCulture)} 版不存在）"] : JsonDiff.Paths(baseJson, json));
    }

    public static IReadOnlyList<RevisionInfo> History(JixiaoDb db, long evaluationId) =>
        [.. (from revision in db.Revisions
             where revision.EvaluationId == evaluationId
             join file in db.Files on revision.FileId equals file.Id into files
             from file in files.DefaultIfEmpty()
             orderby revision.Number
             select new { revision.Number, revision.Author, revision.At, revision.Reason, FileName = file == null ? null : file.Name, Sha = file == null ? null : file.Sha256 })
            .AsEnumerable()
            .Select(r => new RevisionInfo(r.Number, r.Author, DateTimeOffset.FromUnixTimeMilliseconds(r.At), r.Reason, r.FileName, r.Sha))];
}
