using Jixiao.Domain.Checks;
using Jixiao.Domain.Model;

namespace Jixiao.Domain.Tests.Checks;

/// <summary>JX-I006 on narratives as reports write them: years, hotlines and other indicators' figures beside a table figure.</summary>
public class NarrativeTransposesTests
{
    private static List<Finding> Check(string completion, params KeyIndicator[] indicators)
    {
        var evaluation = RuleCases.Clean with { Tasks = [RuleCases.Clean.Tasks[0] with { Completion = completion, Indicators = [.. indicators] }] };
        return [.. EvaluationChecker.Check(evaluation, null, CheckRules.BuiltIn).Findings.Where(finding => finding.Code == "JX-I006")];
    }

    private static KeyIndicator Indicator(string name, string actual) => new() { Name = name, Target = "≥600件", Actual = actual };

    [Theory]
    [InlineData("全年接待来访群众 2432 人次。", "2423人次")]
    [InlineData("全年接待来访群众 2432 人。", "2423人次")] // 人 and 人次: the narrative may drop 次
    [InlineData("全年接待来访群众 2,432 人次。", "2423人次")] // thousands separators are not digits
    [InlineData("来访群众满意度达 98.07%。", "98.70%")]
    public void Check_SwappedFigureOnTheSameTopic_IsReported(string completion, string actual)
    {
        var name = actual.EndsWith('%') ? "来访群众满意度" : "接待来访群众人次";
        Assert.Single(Check(completion, Indicator(name, actual)));
    }

    [Theory]
    [InlineData("2023年全年接待来访群众 2032 人次。", "2032人次")] // a year is not the figure
    [InlineData("2023—2025年接待来访群众 2032 人次。", "2032人次")] // nor the first year of a span
    [InlineData("来访群众满意度 98.07 分。", "98.70%")] // a score is not a rate
    public void Check_SwappedNumberThatIsNotTheFigure_IsQuiet(string completion, string actual)
    {
        var name = actual.EndsWith('%') ? "来访群众满意度" : "接待来访群众人次";
        Assert.Empty(Check(completion, Indicator(name, actual)));
    }

    [Fact]
    public void Check_NumberInTheIndicatorsName_IsQuiet()
    {
        Assert.Empty(Check("12345热线工单办结 12354 件。", Indicator("12345热线工单办结量", "12354件")));
    }

    [Fact]
    public void Check_AnotherIndicatorsFigure_IsQuiet()
    {
        var findings = Check(
            "办结法律援助案件 605 件，解答法律咨询 650 件。",
            Indicator("法律援助案件办结数", "605件"),
            Indicator("法律咨询解答数", "650件"));

        Assert.Empty(findings);
    }
}
