using Jixiao.Domain.Checks;
using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Model;

namespace Jixiao.Domain.Tests.Checks;

public class EvaluationCheckerTests
{
    private static readonly Framework s_outputBenefit = FrameworkCatalog.BuiltIn.Find("output-benefit")!;

    [Fact]
    public void CheckingTwice_GivesTheSameFindings()
    {
        var evaluation = RuleCases.Clean with { Budget = RuleCases.Clean.Budget! with { Carryover = 12m }, Framework = "output-benefit" };
        var once = EvaluationChecker.Check(evaluation, s_outputBenefit, CheckRules.BuiltIn);
        var twice = EvaluationChecker.Check(once, s_outputBenefit, CheckRules.BuiltIn);

        Assert.Equal(once.Findings, twice.Findings);
        Assert.Single(once.Findings, finding => finding.Code == "JX-P007");
    }

    [Fact]
    public void FindingsOfOthers_AreKept()
    {
        var imported = new Finding { Code = "JX-E001", Severity = Severity.Info, Field = "budget.initial", Message = "年初预算有两个不同的数值，未填" };

        var checkedEvaluation = EvaluationChecker.Check(RuleCases.Clean with { Findings = [imported] }, null, CheckRules.BuiltIn);

        Assert.Equal([imported], checkedEvaluation.Findings);
    }

    [Fact]
    public void WithAFramework_TheEvaluationIsRescored()
    {
        var checkedEvaluation = EvaluationChecker.Check(RuleCases.Clean with { Framework = "output-benefit" }, s_outputBenefit, CheckRules.BuiltIn);

        Assert.Equal(99.90m, checkedEvaluation.Computed!.Score!.Total);
        Assert.Equal(99.00m, checkedEvaluation.Computed.Budget!.ExecutionRate);
    }

    [Theory]
    [InlineData("507.49")]
    [InlineData("-507.49")]
    public void PrintedCut_AgreesAsMagnitudeOrSigned(string printed)
    {
        // 001: a cut from 2902.64 to 2395.15 printed as 507.49.
        var budget = new Budget { Initial = 2902.64m, Adjusted = 2395.15m, Actual = 2394.83m, Adjustment = decimal.Parse(printed, System.Globalization.CultureInfo.InvariantCulture), AdjustmentRate = 17.48m, ExecutionRate = 99.99m };

        var findings = EvaluationChecker.Check(RuleCases.Clean with { Budget = budget }, null, CheckRules.BuiltIn).Findings;

        Assert.DoesNotContain(findings, finding => finding.Field.StartsWith("budget", StringComparison.Ordinal) && finding.Code != "JX-B003");
    }

    [Fact]
    public void TargetTooLow_IsNotReportedTwiceWhenScoringFlaggedIt()
    {
        var evaluation = RuleCases.Clean with
        {
            Framework = "output-benefit",
            Indicators = [RuleCases.Leaf(["产出", "数量指标", "法律援助案件办结数"], 40, "≥600件", "800件", 40), .. RuleCases.Clean.Indicators.Skip(1)],
        };

        var findings = EvaluationChecker.Check(evaluation, s_outputBenefit, CheckRules.BuiltIn).Findings;

        Assert.Single(findings, finding => finding.Field == "indicators[0]");
        Assert.Contains(findings, finding => finding.Code == "JX-S001");
    }

    [Fact]
    public void LargeTask_EvaluatedAsAKeyProjectOfAnotherName_IsRecognisedByItsBudget()
    {
        var evaluation = RuleCases.Clean with
        {
            Tasks = [RuleCases.Clean.Tasks[0] with { Name = "应急物资储备", Funds = 523.6m }],
            KeyProjects = [RuleCases.Clean.KeyProjects[0] with { Name = "应急物资购置项目", Budget = 523.60m, Actual = 520m, ExecutionRate = null }],
        };

        Assert.DoesNotContain(EvaluationChecker.Check(evaluation, null, CheckRules.BuiltIn).Findings, finding => finding.Code == "JX-C003");
    }

    [Fact]
    public void PrintedScoreWithMorePlaces_AgreesWithTheRescoringItRoundsTo()
    {
        // Weights of 13.333 and 26.667 met in full: printed as given, rescored to two places as 13.33 and 26.67.
        var evaluation = RuleCases.Clean with
        {
            Framework = "output-benefit",
            Indicators =
            [
                RuleCases.Leaf(["产出", "数量指标", "法律援助案件办结数"], 13.333m, "≥600件", "650件", 13.333m),
                RuleCases.Leaf(["产出", "质量指标", "案件质量评查合格率"], 26.667m, "≥90%", "95%", 26.667m),
                .. RuleCases.Clean.Indicators.Skip(1),
            ],
        };

        Assert.DoesNotContain(EvaluationChecker.Check(evaluation, s_outputBenefit, CheckRules.BuiltIn).Findings, finding => finding.Code == "JX-P010");
    }

    [Fact]
    public void AnEarlierRunsComputedValues_AreNeitherJudgedByNorKept()
    {
        // Scored once; then the first leaf's weight is changed so that the framework cannot rescore it, and its score lowered.
        var scored = EvaluationChecker.Check(RuleCases.Clean with { Framework = "output-benefit" }, s_outputBenefit, CheckRules.BuiltIn);
        var edited = scored with { Indicators = [RuleCases.Clean.Indicators[0] with { Weight = 41, Score = 39 }, .. RuleCases.Clean.Indicators.Skip(1)] };

        var unscorable = EvaluationChecker.Check(edited, s_outputBenefit, CheckRules.BuiltIn);
        var withoutFramework = EvaluationChecker.Check(edited with { Framework = null }, null, CheckRules.BuiltIn);

        Assert.Contains(unscorable.Findings, finding => finding.Code == "JX-C005");
        Assert.DoesNotContain(unscorable.Findings, finding => finding.Code == "JX-P010");
        Assert.DoesNotContain(withoutFramework.Findings, finding => finding.Code == "JX-P010");
        Assert.Null(unscorable.Computed);
        Assert.Null(withoutFramework.Computed);
    }

    [Theory]
    [InlineData("", "公共法律服务体系建设")]
    [InlineData("法律援助", "")]
    public void LargeTask_IsNotTakenForAKeyProjectByABlankName(string projectName, string taskName)
    {
        var evaluation = RuleCases.Clean with
        {
            Tasks = [RuleCases.Clean.Tasks[0] with { Name = taskName, Funds = 632.40m }],
            KeyProjects = [RuleCases.Clean.KeyProjects[0] with { Name = projectName }],
        };

        Assert.Single(EvaluationChecker.Check(evaluation, null, CheckRules.BuiltIn).Findings, finding => finding.Code == "JX-C003");
    }

    [Theory]
    [InlineData("115", "115.3", true)]
    [InlineData("115", "115.1", false)]
    [InlineData("115.00", "115.01", false)]
    [InlineData("115.00", "115.02", true)]
    public void KeyProjectOverspending_IsJudgedAtTheFinerPrintedPlace(string budget, string actual, bool fires)
    {
        var project = RuleCases.Clean.KeyProjects[0] with
        {
            Budget = decimal.Parse(budget, System.Globalization.CultureInfo.InvariantCulture),
            Actual = decimal.Parse(actual, System.Globalization.CultureInfo.InvariantCulture),
            ExecutionRate = null,
        };

        var findings = EvaluationChecker.Check(RuleCases.Clean with { KeyProjects = [project] }, null, CheckRules.BuiltIn).Findings;

        Assert.Equal(fires, findings.Any(finding => finding.Code == "JX-B004"));
    }
}
