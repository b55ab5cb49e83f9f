using System.Globalization;
using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Model;
using Jixiao.Domain.Scoring;

namespace Jixiao.Domain.Tests.Scoring;

public class EvaluationScorerTests
{
    private static readonly Framework s_guangzhou = FrameworkCatalog.BuiltIn.Find("guangzhou-department-2024")!;

    /// <summary>Seed 002's table 4 (管理效率), typed by hand: 二级指标, 三级指标, 分值, 得分.</summary>
    private static readonly (string Level2, string Name, decimal Weight, decimal Score)[] s_seed002Management =
    [
        ("预算编制", "新增预算项目事前绩效评估", 3, 3),
        ("预算执行", "结转结余率", 2, 2),
        ("预算执行", "财务管理合规性", 2, 2),
        ("信息公开", "预决算公开合规性", 2, 2),
        ("信息公开", "绩效信息公开情况", 2, 2),
        ("绩效管理", "绩效管理制度建设", 5, 5),
        ("绩效管理", "绩效结果应用", 3, 3),
        ("绩效管理", "绩效管理制度执行", 7, 7),
        ("采购管理", "采购意向公开合规性", 0.5m, 0.5m),
        ("采购管理", "采购意向公开时限", 1.5m, 1.5m),
        ("采购管理", "采购内控制度建设", 1, 1),
        ("采购管理", "采购活动合规性", 2, 2),
        ("采购管理", "采购合同签订时效性", 3, 1),
        ("采购管理", "合同备案时效性", 1, 0),
        ("采购管理", "采购政策效能", 1, 0.98m),
        ("资产管理", "资产配置合规性", 2, 2),
        ("资产管理", "资产收益上缴的及时性", 1, 1),
        ("资产管理", "资产盘点情况", 1, 1),
        ("资产管理", "数据质量", 2, 2),
        ("资产管理", "资产管理合规性", 2, 2),
        ("资产管理", "固定资产利用率", 2, 2),
        ("运行成本", "公用经费控制率", 2, 2),
        ("运行成本", "“三公”经费控制情况", 2, 2),
    ];

    /// <summary>
    /// Seed 002 as scored: 履职效能 loses 0.01 on the 99.91% average execution rate; its key indicators carry no
    /// printed weights, so they stand here as one 产出 and one 效益 leaf at full score.
    /// </summary>
    private static Evaluation Seed002() => new()
    {
        Framework = s_guangzhou.Id,
        Budget = new Budget { Adjusted = 10192.48m, Actual = 10105.79m },
        Indicators =
        [
            Leaf(["履职效能", "预算执行率", "一般公共预算年度平均支出执行率"], 10, null, actual: "99.91%"),
            Leaf(["履职效能", "产出", "关键产出指标"], 20, 20),
            Leaf(["履职效能", "效益", "关键效益指标"], 20, 20),
            .. s_seed002Management.Select(row => Leaf(["管理效率", row.Level2, row.Name], row.Weight, row.Score)),
        ],
    };

    private static Indicator Leaf(string[] path, decimal weight, decimal? score, string? actual = null) =>
        new() { Path = path, Name = path[^1], Weight = weight, Score = score, Actual = actual };

    [Fact]
    public void Score_Seed002_ReproducesManagementTableAndTotal()
    {
        var outcome = EvaluationScorer.Score(Seed002(), s_guangzhou);

        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors));
        var computed = outcome.Evaluation!.Computed!;
        var score = computed.Score!;
        Assert.Equal(46.98m, score.Parts["管理效率"]);
        Assert.Equal(49.99m, score.Parts["履职效能"]);
        Assert.Equal(96.97m, score.Total);
        Assert.Equal(Grade.Excellent, score.Grade);
        Assert.Equal(93.96m, score.Rates["管理效率"]);
        Assert.Equal(99.98m, score.Rates["履职效能"]);
        Assert.Equal(50m, score.Weights["管理效率"]);

        string Rate(string name) => computed.Indicators.Single(leaf => leaf.Name == name).Rate!.Value.ToString("0.00", CultureInfo.InvariantCulture);
        Assert.Equal("33.33", Rate("采购合同签订时效性"));
        Assert.Equal("0.00", Rate("合同备案时效性"));
        Assert.Equal("98.00", Rate("采购政策效能"));
        Assert.Equal(23, computed.Indicators.Count(leaf => leaf.Path[0] == "管理效率"));
    }

    [Fact]
    public void Score_OnlyManagementListed_ScoresThatPartAndLeavesTheTotalOpen()
    {
        var evaluation = Seed002() with { Indicators = [.. Seed002().Indicators.Where(leaf => leaf.Path[0] == "管理效率")] };

        var score = EvaluationScorer.Score(evaluation, s_guangzhou).Evaluation!.Computed!.Score!;

        Assert.Equal(new Dictionary<string, decimal> { ["管理效率"] = 46.98m }, score.Parts);
        Assert.Null(score.Total);
        Assert.Null(score.Grade);
    }

    [Fact]
    public void Score_Seed002_ComputesBudgetExecutionRate()
    {
        var outcome = EvaluationScorer.Score(Seed002(), s_guangzhou);

        Assert.Equal(99.15m, outcome.Evaluation!.Computed!.Budget!.ExecutionRate);
    }

    [Fact]
    public void Score_Twice_GivesTheSameResult()
    {
        var once = EvaluationScorer.Score(Seed002(), s_guangzhou).Evaluation!;
        var twice = EvaluationScorer.Score(once, s_guangzhou).Evaluation!;

        Assert.Equal(Domain.Interchange.InterchangeJson.Write(once), Domain.Interchange.InterchangeJson.Write(twice));
    }

    [Fact]
    public void Score_AliasOfPart_IsPlacedUnderCanonicalName()
    {
        var evaluation = Seed002() with
        {
            Indicators = [.. Seed002().Indicators.Select(leaf => leaf.Path[0] == "管理效率" ? leaf with { Path = ["管理效能", .. leaf.Path.Skip(1)] } : leaf)],
        };

        var outcome = EvaluationScorer.Score(evaluation, s_guangzhou);

        Assert.Equal(46.98m, outcome.Evaluation!.Computed!.Score!.Parts["管理效率"]);
    }

    [Fact]
    public void Score_WeightsNotTotalling100_FailsNamingTheSums()
    {
        var evaluation = Seed002() with { Indicators = [.. Seed002().Indicators.Where(leaf => leaf.Name != "数据质量")] };

        var outcome = EvaluationScorer.Score(evaluation, s_guangzhou);

        Assert.False(outcome.Succeeded);
        Assert.Contains(outcome.Errors, error => error.Message == "「管理效率」下各指标分值合计 48 分，应为 50 分");
        Assert.Contains(outcome.Errors, error => error.Message == "各指标分值合计 98 分，应为 100 分");
    }

    [Fact]
    public void Score_FixedLeafWithOtherWeight_Fails()
    {
        var evaluation = Seed002() with
        {
            Indicators = [.. Seed002().Indicators.Select(leaf => leaf.Name == "数据质量" ? leaf with { Weight = 3 } : leaf)],
        };

        var outcome = EvaluationScorer.Score(evaluation, s_guangzhou);

        var error = Assert.Single(outcome.Errors);
        Assert.Equal("indicators[21].weight", error.Place);
    }

    [Fact]
    public void Score_UnknownPath_FailsListingTheChoices()
    {
        var evaluation = Seed002() with { Indicators = [.. Seed002().Indicators, Leaf(["管理效率", "人事管理", "考勤"], 1, 1)] };

        var outcome = EvaluationScorer.Score(evaluation, s_guangzhou);

        Assert.Contains(outcome.Errors, error => error.Place == "indicators[26].path" && error.Message.StartsWith("「管理效率」下没有「人事管理」", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(new[] { "管理效率", "预算编制", "新增预算项目事前绩效评估", "细项" }, "「新增预算项目事前绩效评估」是末级指标，其下不能再有「细项」")]
    [InlineData(new[] { "管理效率", "预算编制" }, "「预算编制」是分类，请写到其下的末级指标（新增预算项目事前绩效评估）")]
    [InlineData(new[] { "成本" }, "一级指标没有「成本」（可选：履职效能、管理效率）")]
    public void Score_PathNotEndingOnALeaf_SaysWhere(string[] path, string message)
    {
        var evaluation = Seed002() with { Indicators = [.. Seed002().Indicators, Leaf(path, 1, 1)] };

        var outcome = EvaluationScorer.Score(evaluation, s_guangzhou);

        Assert.Equal(message, Assert.Single(outcome.Errors).Message);
    }

    [Fact]
    public void Score_GuangzhouAverageRateMissing_DoesNotTakeTheAnnualRate()
    {
        // The 年度平均 (monthly average) rate is another measure than actual ÷ adjusted: it is not substituted.
        var evaluation = Seed002() with
        {
            Indicators = [.. Seed002().Indicators.Select(leaf => leaf.Name == "一般公共预算年度平均支出执行率" ? leaf with { Actual = null } : leaf)],
        };

        var leaf = EvaluationScorer.Score(evaluation, s_guangzhou).Evaluation!.Computed!.Indicators[0];

        Assert.Null(leaf.Score);
    }

    [Fact]
    public void Score_NationalRateMissing_TakesThePrintedBudgetRateAndSaysSo()
    {
        var national = FrameworkCatalog.BuiltIn.Find("national-project")!;
        var evaluation = new Evaluation
        {
            Budget = new Budget { ExecutionRate = 50m },
            Indicators = [Leaf(["预算执行率"], 10, null), Leaf(["产出", "数量指标", "A"], 50, 50), Leaf(["效益", "社会效益", "B"], 30, 30), Leaf(["满意度", "服务对象满意度"], 10, 10)],
        };

        var leaf = EvaluationScorer.Score(evaluation, national).Evaluation!.Computed!.Indicators[0];

        Assert.Equal(5.00m, leaf.Score);
        Assert.Contains("取自填报的预算执行率", leaf.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_SameLeafTwice_Fails()
    {
        var evaluation = Seed002() with { Indicators = [.. Seed002().Indicators, Seed002().Indicators[5]] };

        var error = Assert.Single(EvaluationScorer.Score(evaluation, s_guangzhou).Errors);

        Assert.Equal("indicators[26].path", error.Place);
        Assert.StartsWith("与 indicators[5] 是同一个指标", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_UnscoredLeaf_CountsZeroAndIsNamedInDeductionReasons()
    {
        var evaluation = Seed002() with
        {
            Indicators = [.. Seed002().Indicators.Select(leaf => leaf.Name == "关键效益指标" ? leaf with { Score = null } : leaf)],
        };

        var score = EvaluationScorer.Score(evaluation, s_guangzhou).Evaluation!.Computed!.Score!;

        Assert.Equal(29.99m, score.Parts["履职效能"]);
        Assert.Equal(Grade.Fair, score.Grade); // 76.97
        Assert.Contains(score.DeductionReasons, reason => reason.StartsWith("关键效益指标：", StringComparison.Ordinal));
    }
}
