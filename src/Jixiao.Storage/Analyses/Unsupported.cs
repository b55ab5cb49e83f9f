using Jixiao.Storage.Reports;

namespace Jixiao.Storage.Analyses;

/// <summary>A high self-score that the review does not support: many findings, or errors, behind a score of 90 or more.</summary>
internal static class Unsupported
{
    public const int HighScore = 90;
    public const int ManyFindings = 3;

    public static Sheet Run(JixiaoDb db, int year)
    {
        var high = Units.ToUnits(HighScore);
        var rows = (from evaluation in db.Evaluations
                    join department in db.Departments on evaluation.DepartmentId equals department.Id
                    join revision in db.Revisions on new { Id = evaluation.Id, Number = evaluation.CurrentRevision } equals new { Id = revision.EvaluationId, revision.Number }
                    where evaluation.Year == year && evaluation.Kind == "department" && revision.Score >= high
                        && (revision.Errors > 0 || revision.Errors + revision.Warnings >= ManyFindings)
                    orderby revision.Errors descending, revision.Warnings descending, revision.Score descending, department.Name
                    select new { department.Name, revision.Score, revision.ComputedScore, revision.Grade, revision.Errors, revision.Warnings }).ToList();
        return new Sheet("高分而问题多", ["部门", "自评得分", "等级", "按指标体系计算", "相差", "错误", "警告"], [.. rows.Select(row => new object?[]
        {
            row.Name, Units.FromUnits(row.Score), row.Grade, Units.FromUnits(row.ComputedScore),
            row.ComputedScore is null ? null : Units.FromUnits(row.Score - row.ComputedScore), row.Errors, row.Warnings,
        })])
        {
            Notes = [$"{year} 年自评得分不低于 {HighScore} 分，而复核有错误、或错误与警告合计不少于 {ManyFindings} 条：{rows.Count} 个部门。"],
        };
    }
}
