using Jixiao.Storage.Reports;

namespace Jixiao.Storage.Analyses;

/// <summary>应报未报: departments the bureau's list says should report, with no department evaluation for the year.</summary>
internal static class Missing
{
    public static Sheet Run(JixiaoDb db, int year)
    {
        var rows = (from department in db.Departments
                    where department.Reports
                        && !db.Evaluations.Any(e => e.DepartmentId == department.Id && e.Year == year && e.Kind == "department")
                    join parent in db.Departments on department.ParentId equals parent.Id into parents
                    from parent in parents.DefaultIfEmpty()
                    orderby department.Code, department.Name
                    select new { department.Code, department.Name, Parent = parent == null ? null : parent.Name }).ToList();
        var expected = db.Departments.Count(d => d.Reports);
        return new Sheet("应报未报", ["代码", "部门", "上级"], [.. rows.Select(row => new object?[] { row.Code, row.Name, row.Parent })])
        {
            Notes =
            [
                expected == 0
                    ? "部门清单中没有应报的部门：先用 jixiao db departments 导入部门清单。"
                    : $"部门清单中应报 {expected} 个，{year} 年未报 {rows.Count} 个。",
            ],
        };
    }
}
