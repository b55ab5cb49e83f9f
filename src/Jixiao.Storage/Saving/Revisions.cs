using Jixiao.Domain.Interchange;
using Jixiao.Domain.Model;
using Jixiao.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Storage.Saving;

/// <summary>
/// Saving a revision inside the caller's transaction: the file (once by hash), the department and the evaluation
/// (created when new), the revision, its findings and an audit line. A save never overwrites: it adds revision
/// N + 1 and moves the evaluation's <see cref="StoredEvaluation.CurrentRevision"/> from N, which the database checks.
/// </summary>
internal static class Revisions
{
    /// <summary>
    /// Stores the evaluation, or returns why not. Throws <see cref="DbUpdateException"/> when another save got there
    /// first in the database (the caller rolls back and retries or reports the conflict).
    /// </summary>
    public static SaveOutcome Save(JixiaoDb db, Evaluation evaluation, SaveRequest request, long now)
    {
        var (key, problem) = Figures.KeyOf(evaluation);
        var (figures, beyond) = Figures.Of(evaluation);
        if (key is null || figures is null)
        {
            return new SaveOutcome.Refused(problem ?? beyond!);
        }

        if (request is { SkipStoredFile: true, File: { } original } && Reading.Queries.HasRevisionFrom(db, original.Sha256))
        {
            return new SaveOutcome.AlreadyStored(original.Sha256);
        }

        var json = InterchangeJson.Write(evaluation);
        var department = db.Departments.FirstOrDefault(d => d.Name == key.Department);
        if (department is null)
        {
            department = new Department(key.Department, null, DepartmentLevel.Department, null);
            db.Departments.Add(department);
            db.SaveChanges();
        }

        var stored = db.Evaluations.FirstOrDefault(e => e.DepartmentId == department.Id && e.Year == key.Year && e.Kind == key.Kind && e.Project == key.Project);
        if (stored is null)
        {
            stored = new StoredEvaluation(department.Id, key.Year, key.Kind, key.Project);
            db.Evaluations.Add(stored);
            db.SaveChanges();
        }

        if (request.BasedOn is { } basedOn && basedOn != stored.CurrentRevision)
        {
            return ConflictWith(db, stored, key, basedOn, json);
        }

        long? fileId = request.File is { } upload ? StoreFile(db, upload, request.Author, now) : null;
        var number = stored.Advance();
        var revision = new Revision(stored.Id, number, request.Author, now, request.Reason, fileId, json, figures);
        db.Revisions.Add(revision);
        db.SaveChanges();

        db.Findings.AddRange(evaluation.Findings.Select((finding, i) =>
            new StoredFinding(revision.Id, i, finding.Code, Figures.SeverityName(finding.Severity), finding.Field, finding.Message)));
        db.Audit.Add(new AuditEntry(now, request.Author, "save", $"{key} r{number}",
            request.File is { } file ? $"{request.Reason}（文件 {file.Name}，SHA-256 {file.Sha256}）" : request.Reason));
        db.SaveChanges();
        return new SaveOutcome.Saved(key, number);
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
            JsonDiff.Paths(baseJson ?? "{}", current), baseJson is null ? [$"（第 {basedOn.ToString(System.Globalization.CultureInfo.InvariantCulture)} 版不存在）"] : JsonDiff.Paths(baseJson, json));
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

    private static long StoreFile(JixiaoDb db, OriginalFile file, string author, long now)
    {
        var existing = db.Files.Where(f => f.Sha256 == file.Sha256).Select(f => (long?)f.Id).FirstOrDefault();
        if (existing is { } id)
        {
            return id;
        }

        var stored = new StoredFile(file.Sha256, file.Name, file.Content, now);
        db.Files.Add(stored);
        db.SaveChanges();
        db.Audit.Add(new AuditEntry(now, author, "store-file", file.Sha256, $"{file.Name}（{file.Content.LongLength} 字节）"));
        return stored.Id;
    }
}
