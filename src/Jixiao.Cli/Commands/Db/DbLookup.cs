using System.CommandLine;
using System.Globalization;
using Jixiao.Storage;
using Jixiao.Storage.Reading;

namespace Jixiao.Cli.Commands.Db;

/// <summary>The DEPT YEAR [--project NAME] a command names, found in the database, or one line saying why not.</summary>
internal sealed class DbLookup
{
    public Argument<string> Department { get; } = new("DEPT") { Description = "部门全称或代码" };

    public Argument<int> Year { get; } = new("YEAR") { Description = "被评价年度" };

    public Option<string?> Project { get; } = new("--project") { Description = "项目支出自评的项目名称（不写则为部门整体支出自评）" };

    public void AddTo(Command command)
    {
        command.Add(Department);
        command.Add(Year);
        command.Add(Project);
    }

    public EvaluationRow? Find(CliOutput io, ParseResult parsed, JixiaoDb db)
    {
        var (department, year, project) = (parsed.GetRequiredValue(Department), parsed.GetValue(Year), parsed.GetValue(Project) ?? "");
        var place = $"{department} {year.ToString(CultureInfo.InvariantCulture)}";
        var rows = Queries.Find(db, department, year);
        if (rows.FirstOrDefault(row => row.Project == project) is { } found)
        {
            return found;
        }

        io.Fail(place, rows.Count == 0
            ? "数据库中没有这份自评（jixiao db list 可列出已入库的自评）"
            : project.Length == 0
                ? $"没有部门整体支出自评，只有项目支出自评：{string.Join("、", rows.Select(row => row.Project))}（用 --project 指定）"
                : $"没有项目「{project}」的自评（有：{string.Join("、", rows.Select(row => row.Project.Length == 0 ? "部门整体" : row.Project))}）");
        return null;
    }
}
