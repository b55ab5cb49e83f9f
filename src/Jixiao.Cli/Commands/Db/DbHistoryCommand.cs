using System.CommandLine;
using System.Globalization;
using Jixiao.Storage.Reading;
using Spectre.Console;

namespace Jixiao.Cli.Commands.Db;

/// <summary>`jixiao db history DEPT YEAR`: every revision of an evaluation, who saved it, when and why.</summary>
internal static class DbHistoryCommand
{
    /// <summary>Times are shown in China Standard Time, as the bureau reads them, whatever the machine's zone.</summary>
    private static readonly TimeSpan s_beijing = TimeSpan.FromHours(8);

    public static Command Create(CliOutput io, DbOptions db)
    {
        var lookup = new DbLookup();
        var command = new Command("history", "列出一份自评的全部版本：版本号、时间（北京时间）、保存人、原因和原始文件。\n示例：jixiao db history 云溪市青禾区司法局 2024");
        lookup.AddTo(command);
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

            var table = new Table().AddColumns("版本", "时间", "保存人", "原因", "原始文件");
            foreach (var info in Queries.History(context, row))
            {
                table.AddRow(info.Number.ToString(CultureInfo.InvariantCulture), Time(info.At), Markup.Escape(info.Author), Markup.Escape(info.Reason), Markup.Escape(info.FileName ?? "—"));
            }

            io.Out.WriteLine($"{DbListCommand.Title(row)}，状态：{row.Status}");
            io.Console.Write(table);
            return JixiaoCli.Ok;
        });
        return command;
    }

    public static string Time(DateTimeOffset at) => at.ToOffset(s_beijing).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
