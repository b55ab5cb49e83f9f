using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Jixiao.Web.Data;

internal sealed class SqliteWebDb(DbContextOptions<SqliteWebDb> options) : WebDb(options)
{
    public static DbContextOptions<SqliteWebDb> Options(string connectionString) =>
        new DbContextOptionsBuilder<SqliteWebDb>().UseSqlite(connectionString, sqlite => sqlite.MigrationsHistoryTable(HistoryTable)).Options;
}

/// <summary>For `dotnet ef migrations add … --context SqliteWebDb`; the file it names is never opened.</summary>
internal sealed class SqliteWebDesignFactory : IDesignTimeDbContextFactory<SqliteWebDb>
{
    public SqliteWebDb CreateDbContext(string[] args) => new(SqliteWebDb.Options("Data Source=design.db"));
}
