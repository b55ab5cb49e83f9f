using System.CommandLine;

namespace Jixiao.Cli.Commands.Db;

/// <summary>`jixiao db …`: the bureau's database of evaluations, every revision kept (docs/storage.md).</summary>
internal static class DbCommand
{
    public static Command Create(CliOutput io)
    {
        var options = new DbOptions();
        return new Command("db", "自评数据库：入库、查询、修订历史、复核意见、汇总、分析、导出、备份与恢复（默认 SQLite，--db 或 JIXIAO_DB 可指定 PostgreSQL）")
        {
            options.Database,
            options.User,
            DbImportCommand.Create(io, options),
            DbListCommand.Create(io, options),
            DbShowCommand.Create(io, options),
            DbHistoryCommand.Create(io, options),
            DbExportCommand.Create(io, options),
            DbSaveCommand.Create(io, options),
            DbReviewCommand.Create(io, options),
            DbSummaryCommand.Create(io, options),
            DbAnalyseCommand.Create(io, options),
            DbDepartmentsCommand.Create(io, options),
            DbBackupCommand.CreateBackup(io, options),
            DbBackupCommand.CreateRestore(io, options),
        };
    }
}
