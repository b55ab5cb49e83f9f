using System.CommandLine;
using Jixiao.Storage.Analyses;

namespace Jixiao.Cli.Commands.Db;

/// <summary>`jixiao db analyse NAME --year Y [-o FILE.xlsx]`: one of the bureau's analyses, rerunnable, printed or written as xlsx.</summary>
internal static class DbAnalyseCommand
{
    public static Command Create(CliOutput io, DbOptions db)
    {
        var name = new Argument<string>("NAME")
        {
            Description = "分析名称：" + string.Join("；", AnalysisCatalog.All.Select(a => $"{a.Name}（{a.Title}：{a.Description}）")),
        };
        var year = new Option<int>("--year") { Description = "被评价年度", Required = true };
        var output = new Option<string?>("--output", "-o") { Description = "写出 Excel 文件（.xlsx）；不写则打印" };
        var command = new Command("analyse", "财政局的分析，可随时重跑：分布、高分而问题多、连年满分、指标目标与实际、异常值、应报未报、整改跟踪。\n示例：jixiao db analyse unsupported --year 2024 -o 高分问题多.xlsx")
        {
            name, year, output,
        };
        command.SetAction(parsed =>
        {
            var wanted = parsed.GetRequiredValue(name);
            if (AnalysisCatalog.Find(wanted) is not { } analysis)
            {
                return io.Fail(wanted, $"没有这项分析（可用：{string.Join("、", AnalysisCatalog.All.Select(a => a.Name))}）");
            }

            if (db.Open(io, parsed) is not { } store)
            {
                return JixiaoCli.BadInput;
            }

            using var context = store.NewDb();
            var sheet = analysis.Run(context, parsed.GetValue(year));
            if (parsed.GetValue(output) is not { } path)
            {
                io.Out.WriteLine($"{analysis.Title}：{analysis.Description}");
                SheetOutput.Print(io, sheet);
                return JixiaoCli.Ok;
            }

            if (SheetOutput.Write(path, [sheet]) is { } problem)
            {
                return io.Fail(path, problem);
            }

            io.Out.WriteLine($"已写出 {Path.GetFullPath(path)}：{string.Join(" ", sheet.Notes)}");
            return JixiaoCli.Ok;
        });
        return command;
    }
}
