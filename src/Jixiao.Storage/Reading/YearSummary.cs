namespace Jixiao.Storage.Reading;

/// <summary>
/// `db summary`: one row per department's own evaluation (部门整体支出) of a year, best score first, with the previous
/// year's figures. Two queries (this year, last year); filtering and sorting run in SQL on the scaled integers.
/// </summary>
internal static class YearSummary
{
    public static IReadOnlyList<SummaryRow> Of(JixiaoDb db, int year)
    {
        var current = Figures(db, year);
        var previous = Figures(db, year - 1).ToDictionary(row => row.DepartmentId);
        var rows = new List<SummaryRow>(current.Count);
        int? rank = null;
        long? lastScore = null;
        for (var i = 0; i < current.Count; i++)
        {
            var row = current[i];
            if (row.Score is not null && row.Score != lastScore)
            {
                (rank, lastScore) = (i + 1, row.Score);
            }

            var before = previous.GetValueOrDefault(row.DepartmentId);
            rows.Add(new SummaryRow(
                row.Name, row.Code, row.Revision, row.Status,
                Units.FromUnits(row.Initial), Units.FromUnits(row.Adjusted), Units.FromUnits(row.Actual), Units.FromUnits(row.ExecutionRate),
                Units.FromUnits(row.Score), row.Grade, row.Errors, row.Warnings, row.Notes,
                row.Score is null ? null : rank, Units.FromUnits(before?.Score), Units.FromUnits(before?.ExecutionRate)));
        }

        return rows;
    }

    /// <summary>
    /// Scores first, best first (a missing score last), then by name: the order of the ranking. Names are ordered here,
    /// by code point, not by the database's collation, which differs between servers.
    /// </summary>
    private static List<Line> Figures(JixiaoDb db, int year) =>
        [.. (from evaluation in db.Evaluations
            join department in db.Departments on evaluation.DepartmentId equals department.Id
            join revision in db.Revisions on new { Id = evaluation.Id, Number = evaluation.CurrentRevision } equals new { Id = revision.EvaluationId, revision.Number }
            where evaluation.Year == year && evaluation.Kind == "department"
            select new Line(
                department.Id, department.Name, department.Code, evaluation.CurrentRevision, evaluation.Status,
                revision.Initial, revision.Adjusted, revision.Actual, revision.ExecutionRate, revision.Score, revision.Grade,
                revision.Errors, revision.Warnings, revision.Notes))
            .AsEnumerable().OrderBy(line => line.Score is null).ThenByDescending(line => line.Score).ThenBy(line => line.Name, StringComparer.Ordinal)];

    private sealed record Line(
        long DepartmentId, string Name, string? Code, int Revision, string Status,
        long? Initial, long? Adjusted, long? Actual, long? ExecutionRate, long? Score, string? Grade, int Errors, int Warnings, int Notes);
}
