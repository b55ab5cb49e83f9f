namespace Jixiao.Storage;

/// <summary>
/// Where the database is: a SQLite file (by default jixiao.db in the user's data directory, created on first use) or
/// a PostgreSQL server given by its connection string (`--db`, else the JIXIAO_DB environment variable).
/// </summary>
public sealed record StoreLocation(StoreProvider Provider, string ConnectionString, string Display)
{
    public const string EnvironmentVariable = "JIXIAO_DB";

    /// <summary>~/.local/share/jixiao/jixiao.db on Linux (XDG_DATA_HOME is honoured), %LOCALAPPDATA%\jixiao\jixiao.db on Windows.</summary>
    public static string DefaultSqlitePath =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "jixiao", "jixiao.db");

    /// <summary>
    /// Reads what `--db` or JIXIAO_DB says: a PostgreSQL connection string (it names a Host or Server), a SQLite
    /// connection string (Data Source=…), or a SQLite file path. Null or blank: the default SQLite file.
    /// </summary>
    public static StoreLocation Resolve(string? db)
    {
        var text = string.IsNullOrWhiteSpace(db) ? Environment.GetEnvironmentVariable(EnvironmentVariable) : db;
        if (string.IsNullOrWhiteSpace(text))
        {
            return Sqlite(DefaultSqlitePath);
        }

        text = text.Trim();
        if (text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return FromUri(new Uri(text));
        }

        var keys = text.Split(';').Select(part => part.Split('=', 2)[0].Trim().ToLowerInvariant()).ToHashSet();
        if (text.Contains('=', StringComparison.Ordinal) && (keys.Contains("host") || keys.Contains("server")))
        {
            return new StoreLocation(StoreProvider.Postgres, text, Redact(text));
        }

        if (keys.Contains("data source") || keys.Contains("datasource") || keys.Contains("filename"))
        {
            var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(text);
            return Sqlite(builder.DataSource);
        }

        return Sqlite(text);
    }

    public static StoreLocation Sqlite(string path)
    {
        var full = Path.GetFullPath(path);
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder { DataSource = full, DefaultTimeout = 60, Pooling = true };
        return new StoreLocation(StoreProvider.Sqlite, builder.ToString(), full);
    }

    /// <summary>The SQLite file, for a SQLite location.</summary>
    public string? SqlitePath => Provider == StoreProvider.Sqlite ? Display : null;

    private static StoreLocation FromUri(Uri uri)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')),
        };
        if (uri.UserInfo.Split(':', 2) is [var user, ..] && user.Length > 0)
        {
            builder.Username = Uri.UnescapeDataString(user);
            builder.Password = uri.UserInfo.Split(':', 2) is [_, var password] ? Uri.UnescapeDataString(password) : null;
        }

        return new StoreLocation(StoreProvider.Postgres, builder.ToString(), Redact(builder.ToString()));
    }

    /// <summary>The connection string without its password, for messages.</summary>
    private static string Redact(string connectionString)
    {
        try
        {
            var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
            return $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}";
        }
        catch (ArgumentException)
        {
            return "PostgreSQL";
        }
    }
}
