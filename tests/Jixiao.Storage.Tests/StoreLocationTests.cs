namespace Jixiao.Storage.Tests;

/// <summary>What `--db` and JIXIAO_DB may say, and which database each means.</summary>
public sealed class StoreLocationTests
{
    [Theory]
    [InlineData("Host=db.example;Port=5433;Database=jixiao;Username=u;Password=secret", "PostgreSQL db.example:5433/jixiao")]
    [InlineData("Server=10.0.0.5;Database=bureau", "PostgreSQL 10.0.0.5:5432/bureau")]
    [InlineData("postgresql://u:secret@db.example:5433/jixiao", "PostgreSQL db.example:5433/jixiao")]
    public void Resolve_PostgresConnection_NamesTheServerWithoutThePassword(string db, string display)
    {
        var location = StoreLocation.Resolve(db);

        Assert.Equal((StoreProvider.Postgres, display), (location.Provider, location.Display));
        Assert.DoesNotContain("secret", location.Display, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/tmp/bureau.db")]
    [InlineData("Data Source=/tmp/bureau.db")]
    public void Resolve_SqliteFileOrConnection_IsThatFile(string db)
    {
        var location = StoreLocation.Resolve(db);

        Assert.Equal((StoreProvider.Sqlite, "/tmp/bureau.db"), (location.Provider, location.Display));
    }

    [Fact]
    public void DefaultSqlitePath_IsInTheUsersDataDirectory()
    {
        var expected = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "jixiao", "jixiao.db");

        Assert.Equal(expected, StoreLocation.DefaultSqlitePath);
    }
}
