using Jixiao.Storage.Backups;
using Jixiao.Storage.Reading;
using Jixiao.Storage.Saving;
using Jixiao.Storage.Tests.Databases;

namespace Jixiao.Storage.Tests;

/// <summary>A restore gives back exactly what was backed up: every row of every table, ids, times and file bytes included.</summary>
public abstract class BackupTests(IDatabases databases) : StoreTestBase(databases)
{
    [Fact]
    public void Restore_IntoAnEmptyDatabase_GivesBackExactlyWhatWasBackedUp()
    {
        var source = Filled(NewStore());
        using var backup = new MemoryStream();
        var counts = Backup.Write(source, backup);
        var target = NewStore();

        backup.Position = 0;
        var (restored, problem) = Restore.Run(target, backup);

        Assert.Null(problem);
        Assert.Equal(counts, restored);
        Assert.Equal(Dump.Of(source), Dump.Of(target));
        Assert.Empty(Consistency.Problems(target));
    }

    [Fact]
    public void Restore_ThenSave_GoesOnAfterTheRestoredIds()
    {
        var source = Filled(NewStore());
        using var backup = new MemoryStream();
        Backup.Write(source, backup);
        var target = NewStore();
        backup.Position = 0;
        Restore.Run(target, backup);

        var outcome = target.Save(Samples.Department("甲局", 2024, actual: 1m), new SaveRequest("王五", "恢复后修改") { BasedOn = 2 });

        Assert.Equal(3, Assert.IsType<SaveOutcome.Saved>(outcome).Revision);
        Assert.Empty(Consistency.Problems(target));
    }

    [Fact]
    public void Restore_IntoADatabaseWithData_IsRefusedAndChangesNothing()
    {
        var source = Filled(NewStore());
        using var backup = new MemoryStream();
        Backup.Write(source, backup);
        var before = Dump.Of(source);

        backup.Position = 0;
        var (counts, problem) = Restore.Run(source, backup);

        Assert.Null(counts);
        Assert.Contains("已有数据", problem, StringComparison.Ordinal);
        Assert.Equal(before, Dump.Of(source));
    }

    [Fact]
    public void Restore_TruncatedBackup_IsRefusedAndLeavesTheDatabaseEmpty()
    {
        var source = Filled(NewStore());
        using var backup = new MemoryStream();
        Backup.Write(source, backup);
        var target = NewStore();
        var empty = Dump.Of(target);

        var (counts, problem) = Restore.Run(target, new MemoryStream(backup.ToArray()[..(int)(backup.Length / 2)]));

        Assert.Null(counts);
        Assert.NotNull(problem);
        Assert.Equal(empty, Dump.Of(target));
    }

    /// <summary>Two departments, one with two revisions and a file, one with findings.</summary>
    internal static JixiaoStore Filled(JixiaoStore store)
    {
        store.Save(Samples.Department("甲局", 2024, actual: 0.1m), new SaveRequest("张三", "导入") { File = new OriginalFile("甲局.docx", [0, 1, 2, 255]) });
        store.Save(Samples.Department("甲局", 2024, actual: 99999999.99999999m), new SaveRequest("李四", "更正") { BasedOn = 1 });
        store.Save(Samples.Department("乙局", 2023) with
        {
            Findings = [new Domain.Model.Finding { Code = "JX-B004", Severity = Domain.Model.Severity.Error, Field = "keyProjects[0]", Message = "超支" }],
        }, new SaveRequest("张三", "导入"));
        using var db = store.NewDb();
        Assert.Equal(2, Queries.List(db, null, null).Count);
        return store;
    }
}

public sealed class SqliteBackupTests(SqliteDatabases databases) : BackupTests(databases), IClassFixture<SqliteDatabases>;

[Collection(PostgresGroup.Name)]
public sealed class PostgresBackupTests(PostgresServer server) : BackupTests(server)
{
    [Fact]
    public void Restore_SqliteBackupIntoPostgres_GivesTheSameRowsAndAnswers()
    {
        using var sqlite = new SqliteDatabases();
        var source = Filled(JixiaoStore.Open(sqlite.NewDatabase()));
        using var backup = new MemoryStream();
        Backup.Write(source, backup);
        var target = NewStore();

        backup.Position = 0;
        var (_, problem) = Restore.Run(target, backup);

        Assert.Null(problem);
        Assert.Equal(Dump.Of(source), Dump.Of(target));
        using var from = source.NewDb();
        using var to = target.NewDb();
        Assert.Equal(Queries.List(from, null, null), Queries.List(to, null, null));
    }
}
