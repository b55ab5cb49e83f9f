using Jixiao.Domain.Interchange;
using Jixiao.Storage.Entities;
using Jixiao.Storage.Saving;

namespace Jixiao.Storage.Reading;

/// <summary>What the `db` commands read: evaluations by year and status, one revision, a history. Filters and sorts run in SQL.</summary>
internal static class Queries
{
    /// <summary>The evaluations of a year (or every year) in a status (or any), by department name, year and project.</summary>
    public static IReadOnlyList<EvaluationRow> List(JixiaoDb db, int? year, string? status) => List(db, year, status, null);

    private static IReadOnlyList<EvaluationRow> List(JixiaoDb db, int? year, string? status, List<long>? ids)
    {
        var rows = from evaluation in db.Evaluations
                   join department in db.Departments on evaluation.DepartmentId equals department.Id
                   join revision in db.Revisions on new { Id = evaluation.Id, Number = evaluation.CurrentRevision } equals new { Id = revision.EvaluationId, revision.Number }
                   where (year == null || evaluation.Year == year) && (status == null || evaluation.Status == status) && (ids == null || ids.Contains(evaluation.Id))
                   select new
                   {
                       evaluation.Id, department.Name, department.Code, evaluation.Year, evaluation.Kind, evaluation.Project, evaluation.Status, evaluation.CurrentRevision,
                       revision.Adjusted, revision.Actual, revision.ExecutionRate, revision.Score, revision.Grade, revision.Errors, revision.Warnings, revision.Notes,
                   };
        // Ordered here, by code point: a server's collation would order Chinese names its own way.
        return [.. rows.AsEnumerable().OrderBy(r => r.Name, StringComparer.Ordinal).ThenBy(r => r.Year).ThenBy(r => r.Kind, StringComparer.Ordinal)
            .ThenBy(r => r.Project, StringComparer.Ordinal).Select(r => new EvaluationRow(
            r.Id, r.Name, r.Code, r.Year, r.Kind, r.Project, r.Status, r.CurrentRevision,
            Units.FromUnits(r.Adjusted), Units.FromUnits(r.Actual), Units.FromUnits(r.ExecutionRate), Units.FromUnits(r.Score), r.Grade, r.Errors, r.Warnings, r.Notes))];
    }

    /// <summary>
    /// The evaluations of a department (by its full name or code) for a year: the department's own first, then its
    /// projects by name. Empty when there is none.
    /// </summary>
    public static IReadOnlyList<EvaluationRow> Find(JixiaoDb db, string department, int year)
    {
        var ids = (from evaluation in db.Evaluations
                   join d in db.Departments on evaluation.DepartmentId equals d.Id
                   where (d.Name == department || d.Code == department) && evaluation.Year == year
                   select evaluation.Id).ToList();
        return [.. List(db, year, null, ids).OrderBy(row => row.Project.Length > 0).ThenBy(row => row.Project, StringComparer.Ordinal)];
    }

    /// <summary>Revision <paramref name="number"/> of an evaluation (the current one when null), or null when there is no such revision.</summary>
    public static StoredRevision? Load(JixiaoDb db, EvaluationRow row, int? number)
    {
        var wanted = number ?? row.Revision;
        var info = Revisions.History(db, row.Id).FirstOrDefault(r => r.Number == wanted);
        var json = db.Revisions.Where(r => r.EvaluationId == row.Id && r.Number == wanted).Select(r => r.Json).FirstOrDefault();
        if (info is null || json is null)
        {
            return null;
        }

        var evaluation = InterchangeJson.Read(json).Value
            ?? throw new InvalidDataException($"Revision {wanted} of evaluation {row.Id} does not read back as interchange JSON.");
        return new StoredRevision(row, info, evaluation, json);
    }

    public static IReadOnlyList<RevisionInfo> History(JixiaoDb db, EvaluationRow row) => Revisions.History(db, row.Id);

    /// <summary>The SHA-256 of every file a revision was saved from: an import skips them.</summary>
    public static IReadOnlySet<string> StoredFileHashes(JixiaoDb db) =>
        (from file in db.Files
         where db.Revisions.Any(revision => revision.FileId == file.Id)
         select file.Sha256).ToHashSet(StringComparer.Ordinal);

    public static IReadOnlyList<StoredFinding> Findings(JixiaoDb db, EvaluationRow row, int number) =>
        [.. from finding in db.Findings
            join revision in db.Revisions on finding.RevisionId equals revision.Id
            where revision.EvaluationId == row.Id && revision.Number == number
            orderby finding.Ordinal
            select finding];
}
