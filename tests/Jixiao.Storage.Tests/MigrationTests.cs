using Jixiao.Storage.Tests.Databases;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Storage.Tests;

/// <summary>Each provider's migrations build exactly the model: a model change without its two migrations fails here.</summary>
public abstract class MigrationTests(IDatabases databases) : StoreTestBase(databases)
{
    [Fact]
    public void Migrations_OfThisProvider_MatchTheModel()
    {
        using var db = NewStore().NewDb();

        Assert.False(db.Database.HasPendingModelChanges());
        Assert.Empty(db.Database.GetPendingMigrations());
    }

    [Fact]
    public void Open_TwiceOnTheSameDatabase_MigratesOnce()
    {
        var location = Databases.NewDatabase();
        JixiaoStore.Open(location);

        using var db = JixiaoStore.Open(location).NewDb();

        Assert.Single(db.Database.GetAppliedMigrations());
    }
}

public sealed class SqliteMigrationTests(SqliteDatabases databases) : MigrationTests(databases), IClassFixture<SqliteDatabases>;

[Collection(PostgresGroup.Name)]
public sealed class PostgresMigrationTests(PostgresServer server) : MigrationTests(server);
