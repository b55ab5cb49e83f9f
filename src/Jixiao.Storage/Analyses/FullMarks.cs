using Jixiao.Storage.Reports;

namespace Jixiao.Storage.Analyses;

/// <summary>Departments that gave themselves 100 points in every stored year up to the year asked, two years at least.</summary>
internal static class FullMarks
{
    public static Sheet Run(JixiaoDb db, int year)
    {
        var full = Units.ToUnits(100m);
        var rows = (from evaluation in db.Evaluations
                    join department in db.Departments on evaluation.DepartmentId equals department.Id
                    join revision in db.Revisions on new { Id = evaluation.Id, Number = evaluation.CurrentRevision } equals new { Id = revision.EvaluationId, revision.Number }
                    where evaluation.Year <= year && evaluation.Kind == "department"
                    group new { evaluation.Year, revision.Score } by department.Name into years
                    where years.Count() >= 2 && years.All(y => y.Score == full)
                    orderby years.Count() descending, years.Key
                    select new { Department = years.Key, Years = years.Count(), First = years.Min(y => y.Year), Last = years.Max(y => y.Year) }).ToList();
        return new Sheet("连年满分", ["部门", "年数", "起", "止"], [.. rows.Select(row => new object?[] { row.Department, row.Years, row.First, row.Last })])
        {
            Notes = [$"截至 {year} 年、已入库的每一年都自评 100 分（至少两年）：{rows.Count} 个部门。满分年年如此，往往是目标定得太低或打分不实。"],
        };
    }
}
