using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Jixiao.Web.Data;

internal sealed class PostgresWebDb(DbContextOptions<PostgresWebDb> options) : WebDb(options)
{
    public static DbContextOptions<PostgresWebDb> Options(string connectionString) =>
        new DbContextOptionsBuilder<PostgresWebDb>().UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable(HistoryTable)).Options;
}

/// <summary>For `dotnet ef migrations add … --context PostgresWebDb`; no server is reached.</summary>
internal sealed class PostgresWebDesignFactory : IDesignTimeDbContextFactory<PostgresWebDb>
{
    public PostgresWebDb CreateDbContext(string[] args) => new(PostgresWebDb.Options("Host=localhost;Database=design"));
}
