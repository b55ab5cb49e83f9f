using System.CommandLine;
using System.Globalization;
using Jixiao.Domain.Numbers;
using Jixiao.Storage.Entities;
using Jixiao.Storage.Reading;
using Spectre.Console;

namespace Jixiao.Cli.Commands.Db;

/// <summary>`jixiao db list [--year Y] [--status S]`: the stored evaluations with their current revision's figures.</summary>
internal static class DbListCommand
{
    public static Command Create(CliOutput io, DbOptions db)
    {
        var year = new Option<int?>("--year") { Description = "只列此年度（被评价年度）" };
        var status = new Option<string?>("--status") { Description = $"只列此状态：{string.Join("、", EvaluationStatus.All)}" };
        var command = new Command("list", "列出数据库中的自评：部门、年度、状态、版本、预算、执行率、得分、等级和复核发现。\n示例：jixiao db list --year 2024 --status 待复核")
        {
            year, status,
        };
        command.SetAction(parsed =>
        {
            var wanted = parsed.GetValue(status);
            if (wanted is not null && !EvaluationStatus.All.Contains(wanted))
            {
                return io.Fail("--status", $"未知的状态「{wanted}」（可用：{string.Join("、", EvaluationStatus.All)}）");
            }

            if (db.Open(io, parsed) is not { } store)
            {
                return JixiaoCli.BadInput;
            }

            using var context = store.NewDb();
            var rows = Queries.List(context, parsed.GetValue(year), wanted);
            Print(io, rows);
            return JixiaoCli.Ok;
        });
        return command;
    }

    private static void Print(CliOutput io, IReadOnlyList<EvaluationRow> rows)
    {
        var table = new Table().AddColumns("部门", "年度", "类型", "状态", "版本", "全年预算数(万元)", "执行数(万元)", "执行率(%)", "自评得分", "等级", "错误", "警告");
        foreach (var row in rows)
        {
            table.AddRow(
                Markup.Escape(row.Department), Show(row.Year), Markup.Escape(KindText(row)), row.Status, Show(row.Revision),
                Number.Show(row.Adjusted), Number.Show(row.Actual), Number.Show(row.ExecutionRate), Number.Show(row.Score), row.Grade ?? "—",
                Show(row.Errors), Show(row.Warnings));
        }

        io.Console.Write(table);
        io.Out.WriteLine($"共 {Show(rows.Count)} 份自评");
    }

    public static string KindText(EvaluationRow row) => row.Project.Length == 0 ? "部门整体" : $"项目：{row.Project}";

    /// <summary>"云溪市青禾区司法局 2024 年部门整体支出自评", as messages name an evaluation.</summary>
    public static string Title(EvaluationRow row) => new Storage.Saving.EvaluationKey(row.Department, row.Year, row.Kind, row.Project).ToString();

    public static string Show(int value) => value.ToString(CultureInfo.InvariantCulture);
}
