using Jixiao.Storage.Entities;

namespace Jixiao.Storage.Departments;

/// <summary>
/// The bureau's list of departments (`jixiao db departments FILE.csv`): one line each, 代码,名称,层级,上级代码,应报, with a
/// header line. A department already stored (by code, else by its full name) gets the list's code, level, parent and
/// 应报; a new one is added. The whole list is stored in one transaction, or nothing when any line is wrong.
/// </summary>
internal static class DepartmentList
{
    private static readonly Dictionary<string, DepartmentLevel> s_levels = new(StringComparer.Ordinal)
    {
        ["市"] = DepartmentLevel.City, ["区县"] = DepartmentLevel.County, ["区"] = DepartmentLevel.County, ["县"] = DepartmentLevel.County,
        ["部门"] = DepartmentLevel.Department, ["单位"] = DepartmentLevel.Unit,
    };

    public static (int Stored, IReadOnlyList<string> Problems) Load(JixiaoStore store, string text, string author)
    {
        ArgumentNullException.ThrowIfNull(store);
        var (lines, problems) = Parse(text);
        if (problems.Count > 0)
        {
            return (0, problems);
        }

        using var db = store.NewDb();
        using var transaction = db.Database.BeginTransaction();
        var known = db.Departments.ToList();
        var byCode = known.Where(d => d.Code is not null).ToDictionary(d => d.Code!, StringComparer.Ordinal);
        var byName = known.ToDictionary(d => d.Name, StringComparer.Ordinal);
        var listed = new List<(Department Department, Line Line)>();
        foreach (var line in lines)
        {
            if (!byCode.TryGetValue(line.Code, out var department) && !byName.TryGetValue(line.Name, out department))
            {
                department = db.Departments.Add(new Department(line.Name, line.Code, line.Level, null)).Entity;
                byName[line.Name] = department;
            }

            byCode[line.Code] = department;
            listed.Add((department, line));
        }

        db.SaveChanges();
        foreach (var (department, line) in listed)
        {
            if (line.Parent.Length > 0 && !byCode.ContainsKey(line.Parent))
            {
                problems.Add($"第 {line.Number} 行：上级代码「{line.Parent}」既不在清单中，也不在数据库中");
                continue;
            }

            department.Place(line.Code, line.Level, line.Parent.Length > 0 ? byCode[line.Parent].Id : null, line.Reports);
        }

        if (problems.Count > 0)
        {
            return (0, problems);
        }

        db.Audit.Add(new AuditEntry(store.Now, author, "departments", "部门清单", $"{lines.Count} 个部门"));
        db.SaveChanges();
        transaction.Commit();
        return (lines.Count, []);
    }

    private static (List<Line> Lines, List<string> Problems) Parse(string text)
    {
        var lines = new List<Line>();
        var problems = new List<string>();
        var rows = text.TrimStart('\uFEFF').Split('\n').Select(row => row.TrimEnd('\r')).ToList();
        for (var i = 1; i < rows.Count; i++)
        {
            if (rows[i].Trim().Length == 0)
            {
                continue;
            }

            var cells = rows[i].Split(',').Select(cell => cell.Trim().Trim('"').Trim()).ToArray();
            var number = i + 1;
            if (cells.Length < 4)
            {
                problems.Add($"第 {number} 行：应有 代码,名称,层级,上级代码,应报 五列，实有 {cells.Length} 列");
            }
            else if (cells[0].Length == 0 || cells[1].Length == 0)
            {
                problems.Add($"第 {number} 行：代码和名称不能为空");
            }
            else if (!s_levels.TryGetValue(cells[2], out var level))
            {
                problems.Add($"第 {number} 行：未知的层级「{cells[2]}」（可用：市、区县、部门、单位）");
            }
            else
            {
                lines.Add(new Line(number, cells[0], cells[1], level, cells[3], cells.Length > 4 && cells[4] is "是" or "应报" or "1" or "true"));
            }
        }

        if (rows.Count < 2 && problems.Count == 0)
        {
            problems.Add("没有部门：第一行是表头（代码,名称,层级,上级代码,应报），部门从第二行起");
        }

        return (lines, problems);
    }

    private sealed record Line(int Number, string Code, string Name, DepartmentLevel Level, string Parent, bool Reports);
}
