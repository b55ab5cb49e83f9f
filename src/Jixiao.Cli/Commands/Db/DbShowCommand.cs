using System.CommandLine;
using System.Globalization;
using Jixiao.Domain.Numbers;
using Jixiao.Storage.Reading;
using Jixiao.Storage.Reviewing;

namespace Jixiao.Cli.Commands.Db;

/// <summary>`jixiao db show DEPT YEAR [--revision N] [--json]`: one stored revision, the current one by default.</summary>
internal static class DbShowCommand
{
    public static Command Create(CliOutput io, DbOptions db)
    {
        var lookup = new DbLookup();
        var revision = new Option<int?>("--revision") { Description = "显示第 N 版（默认：最新版）" };
        var json = new Option<bool>("--json") { Description = "输出该版本的交换格式 JSON" };
        var command = new Command("show", "显示一份已入库的自评：版本、保存人、原因、原始文件、主要数字和复核发现。\n示例：jixiao db show 云溪市青禾区司法局 2024 --revision 1");
        lookup.AddTo(command);
        command.Add(revision);
        command.Add(json);
        command.SetAction(parsed =>
        {
            if (db.Open(io, parsed) is not { } store)
            {
                return JixiaoCli.BadInput;
            }

            using var context = store.NewDb();
            if (lookup.Find(io, parsed, context) is not { } row)
            {
                return JixiaoCli.BadInput;
            }

            if (Queries.Load(context, row, parsed.GetValue(revision)) is not { } stored)
            {
                return io.Fail($"{row.Department} {Show(row.Year)}", $"没有第 {Show(parsed.GetValue(revision) ?? 0)} 版（共 {Show(row.Revision)} 版）");
            }

            if (parsed.GetValue(json))
            {
                io.Out.Write(stored.Json);
                return JixiaoCli.Ok;
            }

            Print(io, stored, Reviews.Of(context, row));
            return JixiaoCli.Ok;
        });
        return command;
    }

    private static void Print(CliOutput io, StoredRevision stored, IReadOnlyList<ReviewInfo> reviews)
    {
        var (row, info, evaluation) = (stored.Row, stored.Info, stored.Evaluation);
        io.Out.WriteLine($"{DbListCommand.Title(row)}，第 {Show(info.Number)} 版（共 {Show(row.Revision)} 版），状态：{row.Status}");
        io.Out.WriteLine($"保存：{info.Author}，{DbHistoryCommand.Time(info.At)}，{info.Reason}");
        if (info.FileName is { } file)
        {
            io.Out.WriteLine($"原始文件：{file}（SHA-256 {info.FileSha256}）");
        }

        var budget = evaluation.Budget;
        io.Out.WriteLine($"年初预算 {Number.Show(budget?.Initial)} 万元，全年预算 {Number.Show(budget?.Adjusted)} 万元，执行 {Number.Show(budget?.Actual)} 万元，执行率 {Number.Show(budget?.ExecutionRate ?? Formulas.ExecutionRate(budget?.Actual, budget?.Adjusted))}%");
        io.Out.WriteLine($"自评得分 {Number.Show(evaluation.Score?.Total)}，等级 {(evaluation.Score?.Grade is { } grade ? GradeNames.ToChinese(grade) : "—")}" +
            (evaluation.Computed?.Score?.Total is { } computed ? $"；按指标体系计算 {Number.Show(computed)}" : ""));
        foreach (var review in reviews)
        {
            io.Out.WriteLine($"复核（第 {Show(review.Revision)} 版）：{review.Reviewer}，{DbHistoryCommand.Time(review.At)}，{review.Outcome}：{review.Opinion}" +
                (review.AdjustedScore is { } adjusted ? $"；得分调整为 {Number.Show(adjusted)}（{review.Reason}）" : ""));
        }

        if (evaluation.Findings.Count > 0)
        {
            FindingsReport.Write(io.Out, evaluation);
        }
    }

    private static string Show(int value) => value.ToString(CultureInfo.InvariantCulture);
}
