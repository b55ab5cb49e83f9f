using Jixiao.Domain.Interchange;
using Jixiao.Domain.Model;

namespace Jixiao.Storage.Analyses;

/// <summary>The current revision of each department's own evaluation (部门整体支出) in a span of years, as the analyses read them.</summary>
internal static class Current
{
    /// <summary>Departments whose evaluations an analysis reads back from JSON at a time: bounds its memory, not its queries.</summary>
    public const int ChunkDepartments = 300;

    public static List<Line> Lines(JixiaoDb db, int fromYear, int toYear) =>
        [.. from evaluation in db.Evaluations
            join department in db.Departments on evaluation.DepartmentId equals department.Id
            join revision in db.Revisions on new { Id = evaluation.Id, Number = evaluation.CurrentRevision } equals new { Id = revision.EvaluationId, revision.Number }
            where evaluation.Year >= fromYear && evaluation.Year <= toYear && evaluation.Kind == "department"
            orderby department.Name, evaluation.Year
            select new Line(department.Id, department.Name, evaluation.Year, revision.Id, revision.ExecutionRate, revision.AdjustmentRate,
                revision.Score, revision.ComputedScore, revision.Grade, revision.Errors, revision.Warnings)];

    /// <summary>The stored evaluations of revisions, read back from their JSON (for the analyses that need indicators or texts).</summary>
    public static Dictionary<long, Evaluation> Evaluations(JixiaoDb db, IEnumerable<long> revisionIds)
    {
        var ids = revisionIds.ToList();
        var result = new Dictionary<long, Evaluation>(ids.Count);
        foreach (var chunk in ids.Chunk(500))
        {
            foreach (var row in db.Revisions.Where(r => chunk.Contains(r.Id)).Select(r => new { r.Id, r.Json }))
            {
                result[row.Id] = InterchangeJson.Read(row.Json).Value!;
            }
        }

        return result;
    }

    internal sealed record Line(
        long DepartmentId, string Department, int Year, long RevisionId, long? ExecutionRate, long? AdjustmentRate,
        long? Score, long? ComputedScore, string? Grade, int Errors, int Warnings);
}
