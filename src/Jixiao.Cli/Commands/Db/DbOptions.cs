using System.CommandLine;
using Jixiao.Storage;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Jixiao.Cli.Commands.Db;

/// <summary>The options every `db` command takes: which database, and who is acting (written into revisions and the audit log).</summary>
internal sealed class DbOptions
{
    public Option<string?> Database { get; } = new("--db")
    {
        Description = "数据库：PostgreSQL 连接字符串（Host=…;Database=…;Username=…）或 SQLite 文件路径；默认取环境变量 JIXIAO_DB，再默认为用户数据目录下的 jixiao/jixiao.db",
        Recursive = true,
    };

    public Option<string?> User { get; } = new("--user")
    {
        Description = "操作人，记入修订记录和审计日志（默认：当前系统用户名）",
        Recursive = true,
    };

    public string Author(ParseResult parsed) => parsed.GetValue(User) is { Length: > 0 } user ? user : Environment.UserName;

    /// <summary>The open store, or null after one line naming the database and what went wrong.</summary>
    public JixiaoStore? Open(CliOutput io, ParseResult parsed)
    {
        StoreLocation location;
        try
        {
            location = StoreLocation.Resolve(parsed.GetValue(Database));
        }
        catch (Exception e) when (e is ArgumentException or UriFormatException or FormatException)
        {
            io.Fail("--db", $"无法识别的数据库连接（{e.Message}）");
            return null;
        }

        try
        {
            return JixiaoStore.Open(location);
        }
        catch (Exception e) when (e is NpgsqlException or SqliteException or InvalidOperationException or IOException or UnauthorizedAccessException or TimeoutException)
        {
            io.Fail(location.Display, $"无法打开数据库（{(e.InnerException ?? e).Message}）");
            return null;
        }
    }
}
