using System.CommandLine;
using Jixiao.Storage.Reading;
using Jixiao.Storage.Reports;

namespace Jixiao.Cli.Commands.Db;

/// <summary>`jixiao db summary --year Y [-o 汇总表.xlsx]`: one row per department, ranked, beside last year.</summary>
internal static class DbSummaryCommand
{
    public static Command Create(CliOutput io, DbOptions db)
    {
        var year = new Option<int>("--year") { Description = "被评价年度", Required = true };
        var output = new Option<string?>("--output", "-o") { Description = "写出 Excel 汇总表（.xlsx）；不写则打印" };
        var command = new Command("summary", "某年度的汇总表：每个部门一行（年初预算、全年预算、执行数、执行率、自评得分、等级、各级复核发现），按得分排名，并与上年比较。\n示例：jixiao db summary --year 2024 -o 汇总表.xlsx")
        {
            year, output,
        };
        command.SetAction(parsed =>
        {
            if (db.Open(io, parsed) is not { } store)
            {
                return JixiaoCli.BadInput;
            }

            var y = parsed.GetValue(year);
            using var context = store.NewDb();
            var sheet = SummarySheet.Of(YearSummary.Of(context, y), y);
            if (parsed.GetValue(output) is not { } path)
            {
                SheetOutput.Print(io, sheet);
                return JixiaoCli.Ok;
            }

            if (SheetOutput.Write(path, [sheet]) is { } problem)
            {
                return io.Fail(path, problem);
            }

            io.Out.WriteLine($"已写出 {Path.GetFullPath(path)}：{sheet.Notes[0]}");
            return JixiaoCli.Ok;
        });
        return command;
    }
}
