using System.CommandLine;
using System.Globalization;
using Jixiao.Storage.Reviewing;

namespace Jixiao.Cli.Commands.Db;

/// <summary>`jixiao db review DEPT YEAR --opinion TEXT [--return] [--score X --reason TEXT] [--revision N]`: a reviewer's decision.</summary>
internal static class DbReviewCommand
{
    public static Command Create(CliOutput io, DbOptions db)
    {
        var lookup = new DbLookup();
        var opinion = new Option<string>("--opinion") { Description = "复核意见", Required = true };
        var sendBack = new Option<bool>("--return") { Description = "退回修改（不写则为「已复核」）" };
        var score = new Option<decimal?>("--score") { Description = "复核后调整的得分（0–100），须同时写 --reason" };
        var reason = new Option<string?>("--reason") { Description = "调整得分的理由" };
        var revision = new Option<int?>("--revision") { Description = "复核的是第几版（默认：最新版；若其后已有新版本则拒绝）" };
        var command = new Command("review", "记录复核意见：已复核或退回修改，可调整得分并写明理由；只能复核最新版。\n示例：jixiao db review 云溪市青禾区司法局 2024 --opinion 预算执行率计算有误 --score 88.5 --reason 扣除超支项目得分");
        lookup.AddTo(command);
        command.Add(opinion);
        command.Add(sendBack);
        command.Add(score);
        command.Add(reason);
        command.Add(revision);
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

            var request = new ReviewRequest(db.Author(parsed), parsed.GetValue(revision) ?? row.Revision, !parsed.GetValue(sendBack), parsed.GetRequiredValue(opinion))
            {
                AdjustedScore = parsed.GetValue(score),
                Reason = parsed.GetValue(reason),
            };
            if (Reviews.Record(store, row, request) is { } problem)
            {
                return io.Fail($"{row.Department} {row.Year.ToString(CultureInfo.InvariantCulture)}", problem);
            }

            io.Out.WriteLine($"已记录：{DbListCommand.Title(row)} 第 {request.Revision.ToString(CultureInfo.InvariantCulture)} 版，{(request.Accepted ? "已复核" : "退回修改")}");
            return JixiaoCli.Ok;
        });
        return command;
    }
}
