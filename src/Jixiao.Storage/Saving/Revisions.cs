using System.Globalization;
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
internal static class Revisions
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

    /// <summary>
    /// Moves each evaluation's current revision on from the number it had when read, in one statement. The database,
    /// not this process, decides who saved first: a revision moved on meanwhile matches no row, and the whole batch
    /// fails with <see cref="DbUpdateConcurrencyException"/>.
    /// </summary>
    private static void MoveOn(JixiaoDb db, IReadOnlyList<(StoredEvaluation Stored, int Before)> evaluations)
    {
        foreach (var chunk in evaluations.Chunk(100))
        {
            var values = chunk.SelectMany(pair => new object[] { pair.Stored.Id, pair.Before, pair.Stored.CurrentRevision, pair.Stored.Status }).ToArray();
            var rows = string.Join(", ", chunk.Select((_, i) => string.Create(CultureInfo.InvariantCulture, $"(@p{4 * i}, @p{4 * i + 1}, @p{4 * i + 2}, @p{4 * i + 3})")));
            var changed = Bulk.Execute(db,
                $"UPDATE \"evaluations\" SET \"current_revision\" = v.column3, \"status\" = v.column4 FROM (VALUES {rows}) AS v " +
                "WHERE \"evaluations\".\"id\" = v.column1 AND \"evaluations\".\"current_revision\" = v.column2", values);
            if (changed != chunk.Length)
            {
                throw new DbUpdateConcurrencyException($"{chunk.Length - changed} of {chunk.Length} evaluations moved on meanwhile.");
            }
        }
    }

    /// <summary>An import's files that a revision was already saved from, in the database or earlier in the batch, store nothing.</summary>
    private static void SkipStoredFiles(JixiaoDb db, List<Work> work, SaveOutcome?[] outcomes)
    {
        var hashes = work.Where(item => item.Request.SkipStoredFile && item.Request.File is not null).Select(item => item.Request.File!.Sha256).Distinct().ToList();
        if (hashes.Count == 0)
        {
            return;
        }

        var stored = (from file in db.Files
                      join revision in db.Revisions on file.Id equals revision.FileId
                      where hashes.Contains(file.Sha256)
                      select file.Sha256).Distinct().ToHashSet();
        foreach (var item in work.Where(item => item.Request is { SkipStoredFile: true, File: not null }))
        {
            if (!stored.Add(item.Request.File!.Sha256))
            {
                outcomes[item.Index] = new SaveOutcome.AlreadyStored(item.Request.File.Sha256);
            }
        }
    }

    /// <summary>Finds or creates the department and the evaluation of every save: a few statements for the whole batch.</summary>
    private static void AttachEvaluations(JixiaoDb db, List<Work> work)
    {
        var names = work.Select(item => item.Key.Department).Distinct().ToList();
        var departments = DepartmentIds(db, names);
        Bulk.Insert(db, [.. names.Where(name => !departments.ContainsKey(name)).Select(name => new Department(name, null, DepartmentLevel.Department, null))]);
        if (departments.Count < names.Count)
        {
            departments = DepartmentIds(db, names);
        }

        var evaluations = Evaluations(db, departments.Values, work);
        var missing = work.Select(item => (Department: departments[item.Key.Department], item.Key.Year, item.Key.Kind, item.Key.Project))
            .Where(slot => !evaluations.ContainsKey(slot)).Distinct().ToList();
        Bulk.Insert(db, [.. missing.Select(slot => new StoredEvaluation(slot.Department, slot.Year, slot.Kind, slot.Project))]);
        if (missing.Count > 0)
        {
            evaluations = Evaluations(db, departments.Values, work);
        }

        foreach (var item in work)
        {
            item.Stored = evaluations[(departments[item.Key.Department], item.Key.Year, item.Key.Kind, item.Key.Project)];
        }
    }

    private static Dictionary<string, long> DepartmentIds(JixiaoDb db, List<string> names) =>
        db.Departments.Where(d => names.Contains(d.Name)).Select(d => new { d.Name, d.Id }).ToDictionary(d => d.Name, d => d.Id, StringComparer.Ordinal);

    private static Dictionary<(long, int, string, string), StoredEvaluation> Evaluations(JixiaoDb db, IEnumerable<long> departments, List<Work> work)
    {
        var ids = departments.ToList();
        var years = work.Select(item => item.Key.Year).Distinct().ToList();
        return db.Evaluations.AsNoTracking().Where(e => ids.Contains(e.DepartmentId) && years.Contains(e.Year)).ToList()
            .ToDictionary(e => (e.DepartmentId, e.Year, e.Kind, e.Project));
    }

    private static Dictionary<(long, int), long> RevisionIds(JixiaoDb db, List<Revision> revisions)
    {
        var evaluations = revisions.Select(revision => revision.EvaluationId).Distinct().ToList();
        var lowest = revisions.Count == 0 ? 0 : revisions.Min(revision => revision.Number);
        return db.Revisions.Where(r => evaluations.Contains(r.EvaluationId) && r.Number >= lowest)
            .Select(r => new { r.EvaluationId, r.Number, r.Id }).ToDictionary(r => (r.EvaluationId, r.Number), r => r.Id);
    }

    /// <summary>The id of every file of the batch by its hash, inserting the files not stored yet.</summary>
    private static Dictionary<string, long?> StoreFiles(JixiaoDb db, List<Work> work, long now)
    {
        var files = work.Where(item => item.Request.File is not null).Select(item => item.Request.File!).DistinctBy(file => file.Sha256).ToList();
        if (files.Count == 0)
        {
            return [];
        }

        var hashes = files.Select(file => file.Sha256).ToList();
        var existing = FileIds(db, hashes);
        Bulk.Insert(db, [.. files.Where(file => !existing.ContainsKey(file.Sha256)).Select(file => new StoredFile(file.Sha256, file.Name, file.Content, now))]);
        return existing.Count == files.Count ? existing : FileIds(db, hashes);
    }

    private static Dictionary<string, long?> FileIds(JixiaoDb db, List<string> hashes) =>
        db.Files.Where(f => hashes.Contains(f.Sha256)).Select(f => new { f.Sha256, f.Id }).ToDictionary(f => f.Sha256, f => (long?)f.Id);

    private sealed record Work(int Index, EvaluationKey Key, Evaluation Evaluation, SaveRequest Request, Entities.RevisionFigures Figures)
    {
        public StoredEvaluation? Stored { get; set; }
    }
}
