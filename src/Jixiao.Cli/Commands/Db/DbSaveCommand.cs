using System.CommandLine;
using System.Globalization;
using Jixiao.Storage.Saving;

namespace Jixiao.Cli.Commands.Db;

/// <summary>
/// `jixiao db save FILE.json --reason TEXT [--based-on N]`: stores an edited evaluation as a new revision. With --based-on,
/// a revision saved by someone else after N makes it a conflict: nothing is stored, and the lines say who saved what.
/// Exit 0 saved, 1 conflict, 2 a file or evaluation that cannot be stored.
/// </summary>
internal static class DbSaveCommand
{
    public static Command Create(CliOutput io, DbOptions db)
    {
        var file = new Argument<string>("FILE") { Description = "交换格式 JSON（可由 jixiao db show … --json 导出后修改）" };
        var reason = new Option<string>("--reason") { Description = "修改原因，记入版本", Required = true };
        var basedOn = new Option<int?>("--based-on") { Description = "在第几版的基础上修改；其后若已有他人保存的新版本，则不保存并列出冲突" };
        var command = new Command("save", "把修改后的自评保存为新版本（不覆盖旧版本）；写明基于第几版时，若他人已在其后保存，则报告冲突而不保存。\n示例：jixiao db save 青禾区司法局-2024.json --based-on 2 --reason 更正执行数")
        {
            file, reason, basedOn,
        };
        command.SetAction(parsed =>
        {
            var path = parsed.GetRequiredValue(file);
            if (io.ReadEvaluation(path) is not { } evaluation || db.Open(io, parsed) is not { } store)
            {
                return JixiaoCli.BadInput;
            }

            var request = new SaveRequest(db.Author(parsed), parsed.GetRequiredValue(reason)) { BasedOn = parsed.GetValue(basedOn) };
            switch (store.Save(evaluation, request))
            {
                case SaveOutcome.Saved saved:
                    io.Out.WriteLine($"已保存：{saved.Key} 第 {Show(saved.Revision)} 版");
                    return JixiaoCli.Ok;
                case SaveOutcome.Conflict conflict:
                    io.Error.WriteLine($"{path}: 保存冲突，未保存：你基于第 {Show(conflict.BasedOn)} 版修改，而此后已有 {Show(conflict.Since.Count)} 个新版本");
                    foreach (var since in conflict.Since)
                    {
                        io.Error.WriteLine($"  第 {Show(since.Number)} 版：{since.Author}，{DbHistoryCommand.Time(since.At)}，{since.Reason}");
                    }

                    io.Error.WriteLine($"  他人改动：{string.Join("、", conflict.TheirChanges)}");
                    io.Error.WriteLine($"  你的改动：{string.Join("、", conflict.YourChanges)}");
                    io.Error.WriteLine($"  请基于第 {Show(conflict.BasedOn + conflict.Since.Count)} 版重新修改（jixiao db show … --json）");
                    return JixiaoCli.Findings;
                case SaveOutcome.Refused refused:
                    return io.Fail(path, refused.Problem);
                default:
                    return io.Fail(path, "未保存");
            }
        });
        return command;
    }

    private static string Show(int value) => value.ToString(CultureInfo.InvariantCulture);
}
