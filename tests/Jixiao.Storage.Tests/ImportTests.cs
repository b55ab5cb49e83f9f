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

    [Fact]
    public void Import_DocumentThatOverflowsTheStack_OthersStored()
    {
        var location = Databases.NewDatabase();
        using var folder = ImportFolders.Mixed();
        File.WriteAllBytes(folder.File("deep.docx"), Jixiao.Import.Tests.Documents.Bounds.CraftedFiles.NestedTablesDocx(30));

        // A worker's stack of 64 KB: thirty tables inside each other overflow it, as a crafted file past every bound would overflow 16 MB.
        var (exit, output, _) = InProcess.Run("db", "import", folder.Path, "--db", location.ConnectionString, "--jobs", "2", "--worker-stack-bytes", "65536");

        Assert.Equal(1, exit);
        Assert.Contains("deep.docx: 失败：读取时工作进程栈溢出而退出（文件嵌套过深或为恶意构造），已跳过此文件", output, StringComparison.Ordinal);
        Assert.Contains("入库 2，此前已入库 0，失败 2，跳过 1", output, StringComparison.Ordinal);
        var store = JixiaoStore.Open(location);
        using var db = store.NewDb();
        Assert.Equal(2, db.Files.Count());
        Assert.Empty(Consistency.Problems(store));
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
