using System.Globalization;
using Jixiao.Domain.Model;
using Jixiao.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Storage.Saving;

/// <summary>The steps of a batch save, each one query or one multi-row statement for the whole batch.</summary>
internal static partial class Revisions
{
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

    /// <summary>
    /// An import's files that a revision was already saved from, in the database or earlier in the batch, store nothing.
    /// On PostgreSQL two imports of the same file first queue on a lock per hash, held until commit: without it, each
    /// could look before the other committed and both store the file (READ COMMITTED shows the later statements the
    /// other's revision only after the look). SQLite lets one writer in at a time already.
    /// </summary>
    private static void SkipStoredFiles(JixiaoDb db, List<Work> work, SaveOutcome?[] outcomes)
    {
        var hashes = work.Where(item => item.Request.SkipStoredFile && item.Request.File is not null).Select(item => item.Request.File!.Sha256).Distinct().ToList();
        if (hashes.Count == 0)
        {
            return;
        }

        if (db.Provider == StoreProvider.Postgres)
        {
            // In one order, so that two batches wait for each other rather than deadlock (a deadlock still ends as a race).
            db.Database.ExecuteSqlRaw(
                "SELECT pg_advisory_xact_lock(k) FROM (SELECT DISTINCT hashtextextended(h, 0) AS k FROM unnest({0}) AS h ORDER BY k) AS keys",
                [hashes.ToArray()]);
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
