
namespace Jixiao.Storage.Tests.Databases;

/// <summary>The base of every provider-generic test class: a fresh store per call, on the provider the subclass names.</summary>
public abstract class StoreTestBase(IDatabases databases)
{
    protected IDatabases Databases { get; } = databases;

    internal JixiaoStore NewStore() => JixiaoStore.Open(Databases.NewDatabase());
}
