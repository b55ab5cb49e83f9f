using System.CommandLine;
using System.Globalization;
using Jixiao.Storage.Backups;

namespace Jixiao.Cli.Commands.Db;

/// <summary>`jixiao db backup FILE` and `jixiao db restore FILE`: every table, row and stored file, in a zip that either provider restores.</summary>
internal static class DbBackupCommand
{
    public static Command CreateBackup(CliOutput io, DbOptions db)
    {
        var file = new Argument<string>("FILE") { Description = "备份文件（zip）" };
        var command = new Command("backup", "把整个数据库（部门、自评、全部版本、原始文件、复核意见、审计日志）备份为一个文件，SQLite 和 PostgreSQL 通用。\n示例：jixiao db backup 备份-2025-01-31.zip") { file };
        command.SetAction(parsed =>
        {
            if (db.Open(io, parsed) is not { } store)
            {
                return JixiaoCli.BadInput;
            }

            var path = Path.GetFullPath(parsed.GetRequiredValue(file));
            var temporary = path + ".tmp-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
            try
            {
                IReadOnlyDictionary<string, long> counts;
                using (var stream = File.Create(temporary))
                {
                    counts = Backup.Write(store, stream);
                }

                File.Move(temporary, path, overwrite: true);
                io.Out.WriteLine($"已备份到 {path}：{Counts(counts)}");
                return JixiaoCli.Ok;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                File.Delete(temporary);
                return io.Fail(path, $"无法写入（{e.Message}）");
            }
        });
        return command;
    }

    public static Command CreateRestore(CliOutput io, DbOptions db)
    {
        var file = new Argument<string>("FILE") { Description = "jixiao db backup 写出的备份文件" };
        var command = new Command("restore", "把备份恢复到一个空数据库（用 --db 指定），恢复后与备份时完全相同；数据库中已有数据时拒绝恢复。\n示例：jixiao db restore 备份-2025-01-31.zip --db 新库.db") { file };
        command.SetAction(parsed =>
        {
            var path = parsed.GetRequiredValue(file);
            if (!File.Exists(path))
            {
                return io.Fail(path, "文件不存在");
            }

            if (db.Open(io, parsed) is not { } store)
            {
                return JixiaoCli.BadInput;
            }

            try
            {
                using var stream = File.OpenRead(path);
                var (counts, problem) = Restore.Run(store, stream);
                if (problem is not null)
                {
                    return io.Fail(path, problem);
                }

                io.Out.WriteLine($"已从 {Path.GetFullPath(path)} 恢复到 {store.Location.Display}：{Counts(counts!)}");
                return JixiaoCli.Ok;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return io.Fail(path, $"无法读取（{e.Message}）");
            }
        });
        return command;
    }

    private static readonly Dictionary<string, string> s_tables = new(StringComparer.Ordinal)
    {
        ["departments"] = "部门", ["files"] = "原始文件", ["evaluations"] = "自评", ["revisions"] = "版本",
        ["findings"] = "复核发现", ["reviews"] = "复核意见", ["audit"] = "审计日志",
    };

    private static string Counts(IReadOnlyDictionary<string, long> counts) =>
        string.Join("，", counts.Select(pair => $"{s_tables.GetValueOrDefault(pair.Key, pair.Key)} {pair.Value.ToString(CultureInfo.InvariantCulture)}"));
}
