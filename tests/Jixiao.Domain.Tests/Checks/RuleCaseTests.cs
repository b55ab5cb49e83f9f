using Jixiao.Domain.Checks;
using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Model;

namespace Jixiao.Domain.Tests.Checks;

public class RuleCaseTests
{
    public static TheoryData<string> Codes() => [.. RuleCases.All.Select(@case => @case.Code)];

    [Fact]
    public void EveryRule_HasACase()
    {
        Assert.Equal(RuleCatalog.All.Select(rule => rule.Code), RuleCases.All.Select(@case => @case.Code));
    }

    [Fact]
    public void CleanEvaluation_HasNoFindings_WithOrWithoutItsFramework()
    {
        Assert.Empty(Check(RuleCases.Clean, null));
        Assert.Empty(Check(RuleCases.Clean with { Framework = "output-benefit" }, "output-benefit"));
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Rule_FiresPastItsEdge(string code)
    {
        var @case = RuleCases.All.Single(candidate => candidate.Code == code);
        var findings = Check(@case.Fires, @case.Framework);

        var finding = Assert.Single(findings, finding => finding.Code == code && finding.Field == @case.Field);
        Assert.Equal(CheckRules.BuiltIn.For(code).Severity, finding.Severity);
        Assert.NotEmpty(finding.Message);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Rule_StaysQuietAtItsEdge(string code)
    {
        var @case = RuleCases.All.Single(candidate => candidate.Code == code);

        Assert.DoesNotContain(Check(@case.Quiet, @case.Framework), finding => finding.Code == code);
    }

    [Fact]
    public void LeafScores_NotAddingUpToTotalWithoutParts_Reported()
    {
        var finding = Assert.Single(Check(RuleCases.WithLeavesOnly(99.7m), null), finding => finding.Code == "JX-A007");

        Assert.Equal("score.total", finding.Field);
        Assert.Contains("各指标得分合计 99.9", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LeafScores_AddingUpToTotalWithoutParts_Quiet()
    {
        Assert.DoesNotContain(Check(RuleCases.WithLeavesOnly(99.8m), null), finding => finding.Code == "JX-A007");
    }

    [Fact]
    public void TargetsMissingFromAWholeList_ReportedOnceForTheList()
    {
        var evaluation = RuleCases.Clean with { Indicators = [.. RuleCases.Clean.Indicators.Select(leaf => leaf with { Target = null })] };

        var finding = Assert.Single(Check(evaluation, null), finding => finding.Code == "JX-I002");

        Assert.Equal("indicators", finding.Field);
        Assert.Contains($"等 {RuleCases.Clean.Indicators.Count} 项指标均未填报指标值", finding.Message, StringComparison.Ordinal);
    }

    private static IReadOnlyList<Finding> Check(Evaluation evaluation, string? framework) =>
        EvaluationChecker.Check(evaluation, framework is null ? null : FrameworkCatalog.BuiltIn.Find(framework), CheckRules.BuiltIn).Findings;
}
