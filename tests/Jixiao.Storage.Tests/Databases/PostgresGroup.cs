namespace Jixiao.Storage.Tests.Databases;

/// <summary>The test classes that share the one PostgreSQL server of the run.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresGroup : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL";
}
