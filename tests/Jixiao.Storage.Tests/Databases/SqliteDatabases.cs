
namespace Jixiao.Storage.Tests.Databases;

/// <summary>A new SQLite file per test, under one folder removed with the fixture.</summary>
public sealed class SqliteDatabases : IDatabases, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "jixiao-sqlite-" + Guid.NewGuid().ToString("N"));

    public SqliteDatabases() => Directory.CreateDirectory(_folder);

    public StoreLocation NewDatabase() => StoreLocation.Sqlite(Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".db"));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
