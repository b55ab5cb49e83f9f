using Jixiao.Storage.Reading;
using Jixiao.Storage.Saving;
using Jixiao.Storage.Tests.Databases;

namespace Jixiao.Storage.Tests;

/// <summary>A save never overwrites; two saves based on the same revision: the second gets a conflict naming what changed.</summary>
public abstract class RevisionTests(IDatabases databases) : StoreTestBase(databases)
{
    [Fact]
    public void Save_ThreeTimes_KeepsEveryRevisionWithWhoAndWhy()
    {
        var store = NewStore();
        var first = Samples.Department("云溪市青禾区司法局", 2025);

        store.Save(first, new SaveRequest("张三", "首次录入"));
        store.Save(first with { Budget = first.Budget! with { Actual = 1111.11m } }, new SaveRequest("李四", "更正执行数") { BasedOn = 1 });
        var third = store.Save(first with { Goals = ["新目标"] }, new SaveRequest("张三", "补充目标") { BasedOn = 2 });

        Assert.Equal(3, Assert.IsType<SaveOutcome.Saved>(third).Revision);
        using var db = store.NewDb();
        var row = Assert.Single(Queries.Find(db, "云溪市青禾区司法局", 2025));
        Assert.Equal(3, row.Revision);
        Assert.Equal(
            [(1, "张三", "首次录入"), (2, "李四", "更正执行数"), (3, "张三", "补充目标")],
            Queries.History(db, row).Select(info => (info.Number, info.Author, info.Reason)));
        Assert.Equal(first.Budget!.Actual, Queries.Load(db, row, 1)!.Evaluation.Budget!.Actual);
        Assert.Equal(1111.11m, Queries.Load(db, row, 2)!.Evaluation.Budget!.Actual);
        Assert.Equal(["新目标"], Queries.Load(db, row, null)!.Evaluation.Goals);
        Assert.Null(Queries.Load(db, row, 4));
    }

    [Fact]
    public void Save_RevisionReadBack_IsTheSavedJsonExactly()
    {
        var store = NewStore();
        var evaluation = Samples.Department("云溪市青禾区司法局", 2025, actual: 16.60m);

        store.Save(evaluation, new SaveRequest("张三", "首次录入"));

        using var db = store.NewDb();
        var loaded = Queries.Load(db, Queries.Find(db, "云溪市青禾区司法局", 2025)[0], null)!;
        Assert.Equal(Domain.Interchange.InterchangeJson.Write(evaluation), loaded.Json);
        Assert.Equal("16.60", loaded.Evaluation.Budget!.Actual!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Save_TwoBasedOnTheSameRevision_SecondConflictsNamingWhatChanged()
    {
        var store = NewStore();
        var original = Samples.Department("云溪市青禾区司法局", 2025);
        store.Save(original, new SaveRequest("张三", "首次录入"));

        var mine = store.Save(original with { Budget = original.Budget! with { Actual = 1200m } }, new SaveRequest("张三", "更正执行数") { BasedOn = 1 });
        var theirs = store.Save(original with { Score = original.Score! with { Total = 90m } }, new SaveRequest("李四", "调整得分") { BasedOn = 1 });

        Assert.IsType<SaveOutcome.Saved>(mine);
        var conflict = Assert.IsType<SaveOutcome.Conflict>(theirs);
        Assert.Equal(1, conflict.BasedOn);
        var since = Assert.Single(conflict.Since);
        Assert.Equal((2, "张三", "更正执行数"), (since.Number, since.Author, since.Reason));
        Assert.Equal(["budget.actual"], conflict.TheirChanges);
        Assert.Equal(["score.total"], conflict.YourChanges);
        using var db = store.NewDb();
        var row = Queries.Find(db, "云溪市青禾区司法局", 2025)[0];
        Assert.Equal(2, row.Revision);
        Assert.Equal(1200m, Queries.Load(db, row, null)!.Evaluation.Budget!.Actual);
    }

    [Fact]
    public async Task Save_ManyAtOnceOnTheSameRevision_ExactlyOneWins()
    {
        var location = Databases.NewDatabase();
        var store = JixiaoStore.Open(location);
        var original = Samples.Department("云溪市青禾区司法局", 2025);
        store.Save(original, new SaveRequest("张三", "首次录入"));

        // Each writer opens the database on its own, as another process would; only the database can tell who was first.
        var outcomes = await Task.WhenAll(Enumerable.Range(1, 6).Select(i => Task.Run(() =>
            JixiaoStore.Open(location).Save(original with { Goals = [$"目标 {i}", .. original.Goals.Skip(1)] }, new SaveRequest($"用户{i}", "并发修改") { BasedOn = 1 }))));

        Assert.Single(outcomes.OfType<SaveOutcome.Saved>());
        Assert.Equal(5, outcomes.OfType<SaveOutcome.Conflict>().Count());
        Assert.All(outcomes.OfType<SaveOutcome.Conflict>(), conflict => Assert.Equal(["goals[0]"], conflict.TheirChanges));
        using var db = store.NewDb();
        Assert.Equal(2, db.Revisions.Count());
    }

    [Fact]
    public void Save_WithoutDepartmentOrYear_IsRefusedAndStoresNothing()
    {
        var store = NewStore();

        var noDepartment = store.Save(Samples.Qinghe with { Department = null }, new SaveRequest("张三", "录入"));
        var noYear = store.Save(Samples.Qinghe with { Year = null }, new SaveRequest("张三", "录入"));

        Assert.Contains("department", Assert.IsType<SaveOutcome.Refused>(noDepartment).Problem, StringComparison.Ordinal);
        Assert.Contains("year", Assert.IsType<SaveOutcome.Refused>(noYear).Problem, StringComparison.Ordinal);
        using var db = store.NewDb();
        Assert.Equal(0, db.Evaluations.Count() + db.Departments.Count() + db.Revisions.Count());
    }

    [Fact]
    public void Save_SameFileTwice_StoresItOnce()
    {
        var store = NewStore();
        var bytes = "报告正文"u8.ToArray();

        store.Save(Samples.Department("甲局", 2024), new SaveRequest("张三", "导入") { File = new OriginalFile("甲局.txt", bytes) });
        store.Save(Samples.Department("甲局", 2024), new SaveRequest("张三", "再次导入") { File = new OriginalFile("副本/甲局.txt", bytes) });

        using var db = store.NewDb();
        var file = Assert.Single(db.Files.ToList());
        Assert.Equal(OriginalFile.Hash(bytes), file.Sha256);
        Assert.Equal(bytes, file.Content);
        Assert.Equal("甲局.txt", file.Name);
        Assert.Equal(2, db.Revisions.Count(r => r.FileId == file.Id));
    }
}

public sealed class SqliteRevisionTests(SqliteDatabases databases) : RevisionTests(databases), IClassFixture<SqliteDatabases>;

[Collection(PostgresGroup.Name)]
public sealed class PostgresRevisionTests(PostgresServer server) : RevisionTests(server);
