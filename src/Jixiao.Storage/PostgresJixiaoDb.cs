using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Jixiao.Storage;

internal sealed class PostgresJixiaoDb(DbContextOptions<PostgresJixiaoDb> options) : JixiaoDb(options)
{
    public override StoreProvider Provider => StoreProvider.Postgres;
}

/// <summary>For `dotnet ef migrations add … --context PostgresJixiaoDb`; no server is contacted.</summary>
internal sealed class PostgresDesignFactory : IDesignTimeDbContextFactory<PostgresJixiaoDb>
{
    public PostgresJixiaoDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresJixiaoDb>().UseNpgsql("Host=localhost;Database=jixiao_design").Options);
}
