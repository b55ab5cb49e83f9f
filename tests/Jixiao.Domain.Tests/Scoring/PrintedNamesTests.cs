using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Model;
using Jixiao.Domain.Scoring;

namespace Jixiao.Domain.Tests.Scoring;

/// <summary>Every built-in framework takes the names forms print for its levels, and scores under its own names.</summary>
public class PrintedNamesTests
{
    public static TheoryData<string> BuiltIn() => [.. FrameworkCatalog.BuiltIn.All.Select(framework => framework.Id)];

    [Theory]
    [MemberData(nameof(BuiltIn))]
    public void Score_EveryLevelPrintedWithIndicatorAndWeight_ScoresUnderTheFrameworksNames(string id)
    {
        var framework = FrameworkCatalog.BuiltIn.Find(id)!;
        var leaves = new List<Printed>();
        Walk(framework.Indicators, [], [], null, leaves);
        var evaluation = new Evaluation { Indicators = [.. leaves.Select(leaf => leaf.Indicator)] };

        var outcome = EvaluationScorer.Score(evaluation, framework);

        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors));
        var computed = outcome.Evaluation!.Computed!;
        Assert.Equal(leaves.Select(leaf => leaf.Canonical), computed.Indicators.Select(leaf => string.Join("/", leaf.Path)));
        Assert.Equal(framework.Total, computed.Score!.Total);
    }

    /// <summary>A leaf as a form prints it, and the path the framework should file it under.</summary>
    private sealed record Printed(Indicator Indicator, string Canonical);

    /// <summary>
    /// Printed as the Ministry's forms print them: 「产出指标(50分)」 on a weighted level, 「…指标」 on every level; an open
    /// level gets one leaf of the department's own, with the weight its heading leaves to it.
    /// </summary>
    private static void Walk(IReadOnlyList<FrameworkNode> nodes, string[] canonical, string[] printed, decimal? share, List<Printed> leaves)
    {
        foreach (var node in nodes)
        {
            var weight = node.Weight ?? share!.Value / nodes.Count;
            var name = (node.Name.EndsWith("指标", StringComparison.Ordinal) ? node.Name : node.Name + "指标") + (node.Weight is { } w ? $"({w}分)" : "");
            string[] here = [.. canonical, node.Name];
            string[] shown = [.. printed, name];
            if (node.Children.Count > 0)
            {
                Walk(node.Children, here, shown, weight, leaves);
            }
            else if (node.Open)
            {
                var leaf = new Indicator { Path = [.. shown, "本单位指标"], Name = "本单位指标", Weight = weight, Target = "≥10次", Actual = "10次", Score = weight };
                leaves.Add(new Printed(leaf, string.Join("/", here.Append("本单位指标"))));
            }
            else
            {
                var actual = node.Method == ScoringMethod.ExecutionRate ? "100%" : null;
                leaves.Add(new Printed(new Indicator { Path = shown, Name = name, Weight = weight, Actual = actual, Score = weight }, string.Join("/", here)));
            }
        }
    }

    [Fact]
    public void Score_MinistryProjectFormNames_MatchNationalProject()
    {
        var framework = FrameworkCatalog.BuiltIn.Find("national-project")!;
        // The names of the Ministry's 项目支出绩效自评表, with the variants forms print.
        string[][] paths =
        [
            ["预算执行率（10分）"],
            ["产出指标(50分)", "数量指标", "a"],
            ["产出指标", "质量指标", "b"],
            ["产出指标", "时效指标", "c"],
            ["产出指标", "成本指标", "d"],
            ["效益指标（30分）", "经济效益指标", "e"],
            ["效益指标", "社会效益", "f"],
            ["效益指标", "生态效益指标", "g"],
            ["效益指标", "可持续影响指标", "h"],
            ["满意度指标", "服务对象满意度指标等", "i"],
        ];
        decimal[] weights = [10, 20, 10, 10, 10, 9, 7, 7, 7, 10];
        var evaluation = new Evaluation
        {
            Indicators = [.. paths.Select((path, i) => new Indicator { Path = path, Name = path[^1], Weight = weights[i], Score = weights[i], Actual = i == 0 ? "100%" : null })],
        };

        var outcome = EvaluationScorer.Score(evaluation, framework);

        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors));
        var computed = outcome.Evaluation!.Computed!;
        Assert.Equal(["预算执行率", "产出", "效益", "满意度"], computed.Score!.Parts.Keys);
        Assert.Equal(["满意度", "服务对象满意度", "i"], computed.Indicators[^1].Path);
        Assert.Equal(100m, computed.Score.Total);
        Assert.Equal(Grade.Excellent, computed.Score.Grade);
    }

    [Fact]
    public void Score_UnknownPrintedName_StillListsTheFrameworksNames()
    {
        var framework = FrameworkCatalog.BuiltIn.Find("national-project")!;
        var evaluation = new Evaluation { Indicators = [new Indicator { Path = ["投入指标(20分)", "x"], Name = "x", Weight = 20 }] };

        var error = Assert.Single(EvaluationScorer.Score(evaluation, framework).Errors);

        Assert.Equal("一级指标没有「投入指标(20分)」（可选：预算执行率、产出、效益、满意度）", error.Message);
    }
}
