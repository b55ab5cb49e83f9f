
namespace Jixiao.Storage.Tests.Databases;

/// <summary>A provider under test: hands out a fresh, empty, migrated database per test (Dapper's habit of one test body per provider).</summary>
public interface IDatabases
{
    /// <summary>A new database no other test uses.</summary>
    StoreLocation NewDatabase();
}
