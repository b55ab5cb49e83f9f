using Jixiao.Domain.Checks;
using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Model;
using Jixiao.Domain.Scoring;

namespace Jixiao.Domain.Tests.Scoring;

/// <summary>A project table prints its 预算执行率 in the budget rows only: the framework scores it from the budget.</summary>
public class BudgetLeavesTests
{
    private static readonly Framework s_national = FrameworkCatalog.BuiltIn.Find("national-project")!;

    /// <summary>产出 50, 效益 30 and 满意度 10 as a project table prints them, and no 预算执行率 leaf.</summary>
    private static Evaluation ProjectTable(Budget? budget, Score? printed = null) => new()
    {
        Kind = EvaluationKind.Project,
        Budget = budget,
        Score = printed,
        Indicators =
        [
            Leaf(["产出指标", "数量指标", "改造校舍面积"], 30, 30, "≥12000平方米", "12460平方米"),
            Leaf(["产出指标", "时效指标", "按期完工率"], 20, 18, "100%", "90%"),
            Leaf(["效益指标", "社会效益指标", "受益学生人数"], 30, 30, "≥9000人", "9326人"),
            Leaf(["满意度指标", "服务对象满意度指标", "家长满意度"], 10, 10, "≥90%", "93.5%"),
        ],
    };

    private static Indicator Leaf(string[] path, decimal weight, decimal score, string? target = null, string? actual = null) =>
        new() { Path = path, Name = path[^1], Weight = weight, Score = score, Target = target, Actual = actual };

    [Fact]
    public void Score_NoRateLeaf_ScoresItFromActualOverAdjusted()
    {
        var outcome = EvaluationScorer.Score(ProjectTable(new Budget { Adjusted = 400m, Actual = 390m }), s_national);

        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors));
        var computed = outcome.Evaluation!.Computed!;
        var rate = computed.Indicators[^1]; // after the evaluation's own leaves, which keep their places
        Assert.Equal(["预算执行率"], rate.Path);
        Assert.Equal(9.75m, rate.Score); // 390 ÷ 400 = 97.5 %
        Assert.Contains("按执行数 ÷ 全年预算数计算", rate.Reason, StringComparison.Ordinal);
        Assert.Equal(5, computed.Indicators.Count);
        Assert.Equal(9.75m, computed.Score!.Parts["预算执行率"]);
        Assert.Equal(97.75m, computed.Score.Total);
        Assert.Equal(Grade.Excellent, computed.Score.Grade);
    }

    [Fact]
    public void Score_NoRateLeafAndOnlyAPrintedRate_TakesThePrintedRate()
    {
        var computed = EvaluationScorer.Score(ProjectTable(new Budget { ExecutionRate = 80m }), s_national).Evaluation!.Computed!;

        Assert.Equal(8m, computed.Indicators[^1].Score);
        Assert.Equal(96m, computed.Score!.Total);
    }

    [Fact]
    public void Score_NoRateLeafNoBudgetButAPrintedPartScore_TakesThePrintedScore()
    {
        var printed = new Score { Parts = new Dictionary<string, decimal> { ["预算执行率指标（10分）"] = 9.5m } };

        var outcome = EvaluationScorer.Score(ProjectTable(budget: null, printed), s_national);

        var computed = outcome.Evaluation!.Computed!;
        Assert.Equal(9.5m, computed.Indicators[^1].Score);
        Assert.Equal(97.5m, computed.Score!.Total);
        var note = Assert.Single(outcome.Evaluation.Findings, finding => finding.Code == ScoringCodes.NotScored);
        Assert.Equal("budget", note.Field);
    }

    [Fact]
    public void Score_NoRateLeafAndNothingToScoreItWith_LeavesTheTotalOpen()
    {
        var computed = EvaluationScorer.Score(ProjectTable(budget: null), s_national).Evaluation!.Computed!;

        Assert.Equal(4, computed.Indicators.Count);
        Assert.False(computed.Score!.Parts.ContainsKey("预算执行率"));
        Assert.Null(computed.Score.Total);
        Assert.Null(computed.Score.Grade);
    }

    [Fact]
    public void Score_RateLeafPrinted_AddsNoOther()
    {
        var evaluation = ProjectTable(new Budget { Adjusted = 400m, Actual = 390m });
        evaluation = evaluation with { Indicators = [new Indicator { Path = ["预算执行率"], Name = "预算执行率", Weight = 10, Score = 9.75m }, .. evaluation.Indicators] };

        var computed = EvaluationScorer.Score(evaluation, s_national).Evaluation!.Computed!;

        Assert.Single(computed.Indicators, leaf => leaf.Path[0] == "预算执行率");
        Assert.Equal(97.75m, computed.Score!.Total);
    }

    [Fact]
    public void Score_GuangzhouAverageRateNotListed_IsNotTakenFromTheBudget()
    {
        // 年度平均支出执行率 is an average of monthly rates, not actual ÷ adjusted: its framework does not let the budget score it.
        var guangzhou = FrameworkCatalog.BuiltIn.Find("guangzhou-department-2024")!;
        var evaluation = new Evaluation
        {
            Budget = new Budget { Adjusted = 100m, Actual = 99m },
            Indicators = [Leaf(["履职效能", "产出", "关键产出"], 20, 20), Leaf(["履职效能", "效益", "关键效益"], 20, 20)],
        };

        var outcome = EvaluationScorer.Score(evaluation, guangzhou);

        Assert.Contains(outcome.Errors, error => error.Message == "「履职效能」下各指标分值合计 40 分，应为 50 分");
    }

    [Fact]
    public void Check_PrintedTotalAgainstStandIn_IsRescored()
    {
        var evaluation = ProjectTable(new Budget { Adjusted = 400m, Actual = 390m }, new Score { Total = 98m });

        var findings = EvaluationChecker.Check(evaluation, s_national, CheckRules.BuiltIn).Findings;

        Assert.Contains(findings, finding => finding is { Code: "JX-P010", Field: "score.total" } && finding.Message.Contains("复算为 97.75 分", StringComparison.Ordinal));
        Assert.DoesNotContain(findings, finding => finding.Code == "JX-P010" && finding.Field.StartsWith("indicators", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_RateLeafWithoutTarget_IsNotAskedForOne()
    {
        var evaluation = ProjectTable(new Budget { Adjusted = 400m, Actual = 390m });
        var rate = new Indicator { Path = ["预算执行率"], Name = "预算执行率", Method = ScoringMethod.ExecutionRate, Weight = 10, Score = 9.75m };
        evaluation = evaluation with { Indicators = [rate, .. evaluation.Indicators] };

        var findings = EvaluationChecker.Check(evaluation, framework: null, CheckRules.BuiltIn).Findings;

        Assert.DoesNotContain(findings, finding => finding.Code == "JX-I002");
    }

    [Fact]
    public void Score_LeafPrintedWithItsNameOnly_DoesNotApplyAndWeighsNothing()
    {
        var evaluation = ProjectTable(new Budget { Adjusted = 400m, Actual = 390m });
        evaluation = evaluation with { Indicators = [.. evaluation.Indicators, new Indicator { Path = ["效益指标", "生态效益指标", "生态环境改善"], Name = "生态环境改善", Reason = "本项目不涉及" }] };

        var outcome = EvaluationScorer.Score(evaluation, s_national);

        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors));
        var leaf = outcome.Evaluation!.Computed!.Indicators[4];
        Assert.Equal((0m, 0m), (leaf.Weight, leaf.Score));
        Assert.Contains("不适用", leaf.Reason, StringComparison.Ordinal);
        Assert.Equal(97.75m, outcome.Evaluation.Computed.Score!.Total);
    }
}
