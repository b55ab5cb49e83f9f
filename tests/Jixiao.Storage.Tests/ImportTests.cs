using Jixiao.Import;
using Jixiao.Storage.Importing;
using Jixiao.Storage.Reading;
using Jixiao.Storage.Tests.Databases;

namespace Jixiao.Storage.Tests;

/// <summary>`db import`: each report stored with its original file; run again, nothing is stored twice.</summary>
public abstract class ImportTests(IDatabases databases) : StoreTestBase(databases)
{
    [Fact]
    public void Import_Folder_StoresEveryReportWithItsFile()
    {
        var store = NewStore();
        using var folder = ImportFolders.Mixed();

        var rows = Import(store, folder.Path);

        Assert.Equal(
            [("a/qinghe.json", ImportStatus.Stored), ("b/report.txt", ImportStatus.Stored), ("broken.json", ImportStatus.Failed), ("notes.csv", ImportStatus.Skipped)],
            rows.Select(row => (row.File, row.Status)));
        Assert.Contains("第 1 行", rows[2].Problem, StringComparison.Ordinal);
        using var db = store.NewDb();
        Assert.Equal(2, db.Files.Count());
        Assert.Equal(2, Queries.List(db, null, null).Count);
        Assert.Empty(Consistency.Problems(store));
    }

    [Fact]
    public void Import_SameFolderTwice_StoresNothingTheSecondTime()
    {
        var store = NewStore();
        using var folder = ImportFolders.Mixed();
        Import(store, folder.Path);

        var again = Import(store, folder.Path);

        Assert.Equal(2, again.Count(row => row.Status == ImportStatus.AlreadyStored));
        Assert.DoesNotContain(again, row => row.Status == ImportStatus.Stored);
        using var db = store.NewDb();
        Assert.Equal(2, db.Revisions.Count());
        Assert.Empty(Consistency.Problems(store));
    }

    [Fact]
    public void Import_ChangedFile_AddsARevisionAndKeepsTheFirst()
    {
        var store = NewStore();
        using var folder = ImportFolders.Mixed();
        Import(store, folder.Path);
        var changed = Samples.Qinghe with { Budget = Samples.Qinghe.Budget! with { Actual = 3000m } };
        File.WriteAllText(Path.Combine(folder.Path, "a", "qinghe.json"), Domain.Interchange.InterchangeJson.Write(changed));

        var rows = Import(store, folder.Path);

        Assert.Equal(2, Assert.Single(rows, row => row.Status == ImportStatus.Stored).Revision);
        using var db = store.NewDb();
        var row = Queries.Find(db, Samples.Qinghe.Department!, 2025)[0];
        Assert.Equal([1, 2], Queries.History(db, row).Select(info => info.Number));
        Assert.Equal(Samples.Qinghe.Budget!.Actual, Queries.Load(db, row, 1)!.Evaluation.Budget!.Actual);
        Assert.Equal(3000m, Queries.Load(db, row, 2)!.Evaluation.Budget!.Actual);
    }

    private static IReadOnlyList<ImportRow> Import(JixiaoStore store, string folder)
    {
        var options = new ExtractionOptions();
        return StoredImport.RunAsync(store, ImportInput.FromDirectory(folder, options), options, 2, "测试").GetAwaiter().GetResult();
    }
}

public sealed class SqliteImportTests(SqliteDatabases databases) : ImportTests(databases), IClassFixture<SqliteDatabases>;

[Collection(PostgresGroup.Name)]
public sealed class PostgresImportTests(PostgresServer server) : ImportTests(server);
