using System.CommandLine;
using System.Globalization;
using Jixiao.Storage.Reading;

namespace Jixiao.Cli.Commands.Db;

/// <summary>`jixiao db export [-o DIR] [--year Y]`: the current revision of every evaluation as interchange JSON, one file each.</summary>
internal static class DbExportCommand
{
    public static Command Create(CliOutput io, DbOptions db)
    {
        var output = new Option<string>("--output", "-o") { Description = "输出目录", DefaultValueFactory = _ => "jixiao-export" };
        var year = new Option<int?>("--year") { Description = "只导出此年度" };
        var command = new Command("export", "把每份自评的最新版导出为交换格式 JSON，每份一个文件（目录/年度/部门.json，项目为 部门-项目.json）。\n示例：jixiao db export -o 导出 --year 2024")
        {
            output, year,
        };
        command.SetAction(parsed =>
        {
            if (db.Open(io, parsed) is not { } store)
            {
                return JixiaoCli.BadInput;
            }

            var directory = Path.GetFullPath(parsed.GetValue(output)!);
            using var context = store.NewDb();
            var rows = Queries.List(context, parsed.GetValue(year), null);
            foreach (var row in rows)
            {
                var stored = Queries.Load(context, row, null)!;
                var name = Safe(row.Department) + (row.Project.Length > 0 ? "-" + Safe(row.Project) : "") + ".json";
                var path = Path.Combine(directory, row.Year.ToString(CultureInfo.InvariantCulture), name);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                if (InputFiles.WriteAtomically(path, stored.Json) is { } problem)
                {
                    return io.Fail(path, problem);
                }
            }

            io.Out.WriteLine($"已导出 {rows.Count.ToString(CultureInfo.InvariantCulture)} 份自评到 {directory}");
            return JixiaoCli.Ok;
        });
        return command;
    }

    /// <summary>A name that is one file name on every system: no separators, no characters Windows refuses.</summary>
    private static string Safe(string name) =>
        string.Concat(name.Select(c => c is '/' or '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|' || char.IsControl(c) ? '_' : c));
}
