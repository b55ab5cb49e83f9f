using Jixiao.Storage.Entities;
using Jixiao.Storage.Reading;
using Jixiao.Storage.Reviewing;
using Jixiao.Storage.Saving;
using Jixiao.Storage.Tests.Databases;

namespace Jixiao.Storage.Tests;

/// <summary>A reviewer's decision is kept with the revision it is about, and is refused for a revision that is no longer the newest.</summary>
public abstract class ReviewTests(IDatabases databases) : StoreTestBase(databases)
{
    [Fact]
    public void Record_AdjustedScore_IsKeptAndTheStatusMoves()
    {
        var store = NewStore();
        store.Save(Samples.Department("甲局", 2025), new SaveRequest("张三", "导入"));

        var problem = Reviews.Record(store, Row(store), new ReviewRequest("王审", 1, Accepted: true, "执行率计算有误") { AdjustedScore = 88.5m, Reason = "扣除超支项目得分" });

        Assert.Null(problem);
        using var db = store.NewDb();
        var review = Assert.Single(Reviews.Of(db, Row(store)));
        Assert.Equal((1, "王审", EvaluationStatus.Reviewed, 88.5m, "扣除超支项目得分"), (review.Revision, review.Reviewer, review.Outcome, review.AdjustedScore!.Value, review.Reason));
        Assert.Equal([Row(store)], Queries.List(db, 2025, EvaluationStatus.Reviewed));
        Assert.Empty(Queries.List(db, 2025, EvaluationStatus.Submitted));
    }

    [Fact]
    public void Record_OnARevisionSupersededMeanwhile_IsRefusedNamingTheNewOne()
    {
        var store = NewStore();
        store.Save(Samples.Department("甲局", 2025), new SaveRequest("张三", "导入"));
        var seen = Row(store);
        store.Save(Samples.Department("甲局", 2025, actual: 1m), new SaveRequest("张三", "更正") { BasedOn = 1 });

        var problem = Reviews.Record(store, seen, new ReviewRequest("王审", 1, Accepted: true, "同意"));

        Assert.Equal("第 1 版之后已有第 2 版，请先查看最新版再复核（jixiao db show … --revision 2）", problem);
        using var db = store.NewDb();
        Assert.Empty(db.Reviews);
        Assert.Equal(EvaluationStatus.Submitted, Row(store).Status);
    }

    [Fact]
    public void Save_AfterAReturn_GoesBackToWaitingForReview()
    {
        var store = NewStore();
        store.Save(Samples.Department("甲局", 2025), new SaveRequest("张三", "导入"));
        Reviews.Record(store, Row(store), new ReviewRequest("王审", 1, Accepted: false, "请补充绩效目标"));
        Assert.Equal(EvaluationStatus.Returned, Row(store).Status);

        store.Save(Samples.Department("甲局", 2025) with { Goals = ["补充的目标"] }, new SaveRequest("张三", "按复核意见修改") { BasedOn = 1 });

        Assert.Equal(EvaluationStatus.Submitted, Row(store).Status);
    }

    [Fact]
    public void Record_ScoreWithoutReason_IsRefused()
    {
        var store = NewStore();
        store.Save(Samples.Department("甲局", 2025), new SaveRequest("张三", "导入"));

        Assert.Equal("调整得分须写明理由", Reviews.Record(store, Row(store), new ReviewRequest("王审", 1, true, "同意") { AdjustedScore = 90m }));
    }

    private static EvaluationRow Row(JixiaoStore store)
    {
        using var db = store.NewDb();
        return Queries.Find(db, "甲局", 2025).Single();
    }
}

public sealed class SqliteReviewTests(SqliteDatabases databases) : ReviewTests(databases), IClassFixture<SqliteDatabases>;

[Collection(PostgresGroup.Name)]
public sealed class PostgresReviewTests(PostgresServer server) : ReviewTests(server);
