using System.CommandLine;
using System.Globalization;
using Jixiao.Storage.Departments;

namespace Jixiao.Cli.Commands.Db;

/// <summary>`jixiao db departments FILE.csv`: the bureau's list of departments, with codes, hierarchy and who must report.</summary>
internal static class DbDepartmentsCommand
{
    public static Command Create(CliOutput io, DbOptions db)
    {
        var file = new Argument<string>("FILE") { Description = "部门清单（UTF-8 CSV，表头 代码,名称,层级,上级代码,应报；层级为 市、区县、部门 或 单位；应报填「是」或留空）" };
        var command = new Command("departments", "导入财政局的部门清单：代码、名称、层级（市 → 区县 → 部门 → 单位）、上级和是否应报；已有的部门按代码或全称更新。\n示例：jixiao db departments 部门清单.csv") { file };
        command.SetAction(parsed =>
        {
            var path = parsed.GetRequiredValue(file);
            string text;
            try
            {
                text = File.ReadAllText(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return io.Fail(path, e is FileNotFoundException or DirectoryNotFoundException ? "文件不存在" : $"无法读取（{e.Message}）");
            }

            if (db.Open(io, parsed) is not { } store)
            {
                return JixiaoCli.BadInput;
            }

            var (stored, problems) = DepartmentList.Load(store, text, db.Author(parsed));
            if (problems.Count > 0)
            {
                problems.ToList().ForEach(problem => io.Fail(path, problem));
                return JixiaoCli.BadInput;
            }

            io.Out.WriteLine($"已导入 {stored.ToString(CultureInfo.InvariantCulture)} 个部门");
            return JixiaoCli.Ok;
        });
        return command;
    }
}
