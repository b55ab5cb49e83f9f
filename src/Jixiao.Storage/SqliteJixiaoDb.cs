using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Jixiao.Storage;

internal sealed class SqliteJixiaoDb(DbContextOptions<SqliteJixiaoDb> options) : JixiaoDb(options)
{
    public override StoreProvider Provider => StoreProvider.Sqlite;
}

/// <summary>For `dotnet ef migrations add … --context SqliteJixiaoDb`; the file it names is never opened.</summary>
internal sealed class SqliteDesignFactory : IDesignTimeDbContextFactory<SqliteJixiaoDb>
{
    public SqliteJixiaoDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteJixiaoDb>().UseSqlite("Data Source=design.db").Options);
}
