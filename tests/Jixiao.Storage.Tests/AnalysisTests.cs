using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Jixiao.Domain.Model;
using Jixiao.Storage.Analyses;
using Jixiao.Storage.Departments;
using Jixiao.Storage.Reading;
using Jixiao.Storage.Reports;
using Jixiao.Storage.Saving;
using Jixiao.Storage.Tests.Databases;

namespace Jixiao.Storage.Tests;

/// <summary>The year's summary and the bureau's analyses give the same answers on every provider.</summary>
public abstract class AnalysisTests(IDatabases databases) : StoreTestBase(databases)
{
    [Fact]
    public void Summary_Year_RanksByScoreWithTiesAndComparesWithLastYear()
    {
        var store = NewStore();
        Save(store, Samples.Department("甲局", 2024, score: 90.5m, adjusted: 100m, actual: 95m));
        Save(store, Samples.Department("甲局", 2025, score: 92.25m, adjusted: 100m, actual: 99.5m));
        Save(store, Samples.Department("乙局", 2025, score: 92.25m));
        Save(store, Samples.Department("丙局", 2025, score: 80m));

        using var db = store.NewDb();
        var rows = YearSummary.Of(db, 2025);

        Assert.Equal([("乙局", 1), ("甲局", 1), ("丙局", 3)], rows.Select(row => (row.Department, row.Rank!.Value)));
        var first = rows.Single(row => row.Department == "甲局");
        Assert.Equal((1.75m, 4.5m), (first.ScoreChange!.Value, first.ExecutionRateChange!.Value));
        Assert.Null(rows.Single(row => row.Department == "丙局").PreviousScore);
    }

    [Fact]
    public void Unsupported_HighScoreWithErrors_IsListed()
    {
        var store = NewStore();
        Save(store, Samples.Department("甲局", 2025, score: 96m) with { Findings = [Error()] });
        Save(store, Samples.Department("乙局", 2025, score: 96m));
        Save(store, Samples.Department("丙局", 2025, score: 80m) with { Findings = [Error(), Error()] });

        Assert.Equal(["甲局"], Run(store, "unsupported", 2025).Rows.Select(row => row[0]));
    }

    [Fact]
    public void FullMarks_EveryYear_IsListedOnlyWhenEveryYearIsFull()
    {
        var store = NewStore();
        foreach (var year in new[] { 2023, 2024, 2025 })
        {
            Save(store, Samples.Department("甲局", year, score: 100m));
            Save(store, Samples.Department("乙局", year, score: year == 2024 ? 99.99m : 100m));
        }

        var sheet = Run(store, "full-marks", 2025);

        Assert.Equal([["甲局", 3, 2023, 2025]], sheet.Rows.Select(row => row.ToArray()));
    }

    [Fact]
    public void Targets_UnchangedAndFarExceeded_AreNamed()
    {
        var store = NewStore();
        foreach (var year in new[] { 2023, 2024, 2025 })
        {
            Save(store, Samples.Department("甲局", year) with
            {
                Indicators = [new Indicator { Path = ["产出", "数量指标", "培训人次"], Name = "培训人次", Weight = 10, Score = 10, Target = "≥100人次", Actual = year == 2025 ? "180人次" : "120人次" }],
            });
        }

        var row = Assert.Single(Run(store, "targets", 2025).Rows);

        Assert.Equal("培训人次", row[1]);
        Assert.Equal("目标值连续 3 年未变；实际值超出目标 80%", row[2]);
    }

    [Fact]
    public void Outliers_OneRateFarBelowTheOthers_IsTheOnlyOne()
    {
        var store = NewStore();
        var actuals = new[] { 99m, 98m, 97m, 99.5m, 98.5m, 50m };
        for (var i = 0; i < actuals.Length; i++)
        {
            Save(store, Samples.Department($"单位{i}", 2025, adjusted: 100m, actual: actuals[i]));
        }

        var rows = Run(store, "outliers", 2025).Rows.Where(row => (string)row[1]! == "预算执行率(%)").ToList();

        Assert.Equal([("单位5", 50m, "偏低")], rows.Select(row => ((string)row[0]!, (decimal)row[2]!, (string)row[3]!)));
    }

    [Fact]
    public void Missing_DepartmentOnTheListWithoutAnEvaluation_IsListed()
    {
        var store = NewStore();
        Save(store, Samples.Department("云溪市青禾区司法局", 2025));
        var (stored, problems) = DepartmentList.Load(store, "代码,名称,层级,上级代码,应报\n01,云溪市青禾区,区县,,\n0101,云溪市青禾区司法局,部门,01,是\n0102,云溪市青禾区民政局,部门,01,是\n", "张三");

        Assert.Equal((3, 0), (stored, problems.Count));
        Assert.Equal([["0102", "云溪市青禾区民政局", "云溪市青禾区"]], Run(store, "missing", 2025).Rows.Select(row => row.ToArray()));
        using var db = store.NewDb();
        Assert.Equal("0101", Queries.Find(db, "0101", 2025).Single().Code);
    }

    [Fact]
    public void DepartmentList_UnknownParent_StoresNothingAndNamesTheLine()
    {
        var store = NewStore();

        var (stored, problems) = DepartmentList.Load(store, "代码,名称,层级,上级代码,应报\n0101,某局,部门,99,是\n", "张三");

        Assert.Equal(0, stored);
        Assert.Equal(["第 2 行：上级代码「99」既不在清单中，也不在数据库中"], problems);
        using var db = store.NewDb();
        Assert.Empty(db.Departments);
    }

    [Fact]
    public void Rectification_ProblemRepeatedFromLastYear_IsNamed()
    {
        var store = NewStore();
        Save(store, Samples.Department("甲局", 2024) with { Problems = ["一是预算执行进度偏慢。", "二是绩效目标不够细化。"] });
        Save(store, Samples.Department("甲局", 2025) with { Problems = ["1.预算执行进度偏慢", "2.新出现的问题"] });

        var row = Assert.Single(Run(store, "rectification", 2025).Rows);

        Assert.Equal((1, "1.预算执行进度偏慢"), ((int)row[4]!, (string)row[5]!));
    }

    [Fact]
    public void Workbook_EveryAnalysisAndTheSummary_IsAValidXlsx()
    {
        var store = NewStore();
        Save(store, Samples.Department("甲局", 2025, score: 96m) with { Findings = [Error()] });
        using var db = store.NewDb();
        var sheets = AnalysisCatalog.All.Select(analysis => analysis.Run(db, 2025)).Prepend(SummarySheet.Of(YearSummary.Of(db, 2025), 2025)).ToList();
        using var stream = new MemoryStream();

        Workbook.Write(stream, sheets);

        stream.Position = 0;
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        Assert.Equal(sheets.Count, document.WorkbookPart!.WorksheetParts.Count());
    }

    private static Finding Error() => new() { Code = "JX-B004", Severity = Severity.Error, Field = "budget", Message = "超支" };

    private static void Save(JixiaoStore store, Evaluation evaluation) =>
        Assert.IsType<SaveOutcome.Saved>(store.Save(evaluation, new SaveRequest("张三", "录入")));

    private static Sheet Run(JixiaoStore store, string name, int year)
    {
        using var db = store.NewDb();
        return AnalysisCatalog.Find(name)!.Run(db, year);
    }
}

public sealed class SqliteAnalysisTests(SqliteDatabases databases) : AnalysisTests(databases), IClassFixture<SqliteDatabases>;

[Collection(PostgresGroup.Name)]
public sealed class PostgresAnalysisTests(PostgresServer server) : AnalysisTests(server);
