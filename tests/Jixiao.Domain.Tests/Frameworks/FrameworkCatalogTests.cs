using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Model;

namespace Jixiao.Domain.Tests.Frameworks;

public class FrameworkCatalogTests
{
    [Fact]
    public void BuiltIn_HasTheThreeFrameworks()
    {
        Assert.Equal(
            ["guangzhou-department-2024", "national-project", "output-benefit"],
            FrameworkCatalog.BuiltIn.All.Select(framework => framework.Id));
    }

    [Fact]
    public void Guangzhou_Has23ManagementIndicatorsWorth50()
    {
        var management = FrameworkCatalog.BuiltIn.Find("guangzhou-department-2024")!.Indicators.Single(node => node.Name == "管理效率");
        var leaves = management.Children.SelectMany(level2 => level2.Children).ToList();

        Assert.Equal(23, leaves.Count);
        Assert.Equal(50m, leaves.Sum(leaf => leaf.Weight));
        Assert.Contains("管理效能", management.Aliases);
    }

    [Theory]
    [InlineData("national-project", "预算执行率:10 产出:50 效益:30 满意度:10")]
    [InlineData("output-benefit", "产出:40 预算执行率:10 效益:40 满意度:10")]
    [InlineData("guangzhou-department-2024", "履职效能:50 管理效率:50")]
    public void BuiltIn_FirstLevelWeights_AreTheSchemes(string id, string expected)
    {
        var framework = FrameworkCatalog.BuiltIn.Find(id)!;

        Assert.Equal(expected, string.Join(" ", framework.Indicators.Select(node => $"{node.Name}:{node.Weight}")));
    }

    [Theory]
    [InlineData("89.99", Grade.Good)]
    [InlineData("90", Grade.Excellent)] // lower bounds are inclusive
    [InlineData("80", Grade.Good)]
    [InlineData("60", Grade.Fair)]
    [InlineData("59.99", Grade.Poor)]
    public void GradeFor_NationalBands_LowerBoundInclusive(string total, Grade expected)
    {
        var framework = FrameworkCatalog.BuiltIn.Find("national-project")!;

        Assert.Equal(expected, framework.GradeFor(decimal.Parse(total, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Parse_WeightsNotAddingUp_ReportsEachPlace()
    {
        var json = """
            {
              "id": "my-scheme", "name": "自定义", "kind": "project", "total": 100,
              "grades": [ { "grade": "优", "min": 95 }, { "grade": "差", "min": 0 } ],
              "qualitativeBands": [ { "achievement": "达成", "min": 80, "max": 100, "default": 100 }, { "achievement": "部分达成", "min": 60, "max": 80, "default": 60 }, { "achievement": "未达成", "min": 0, "max": 60, "default": 0 } ],
              "indicators": [
                { "name": "产出", "weight": 60, "children": [ { "name": "数量", "weight": 30, "method": "quantitative" }, { "name": "质量", "weight": 20 } ] },
                { "name": "效益", "weight": 30, "open": true }
              ]
            }
            """;

        var result = FrameworkCatalog.Parse(json);

        Assert.Equal(
            ["indicators: 一级指标分值合计 90 分，应为 100 分", "indicators[0]: 「产出」下各指标分值合计 50 分，应为 60 分"],
            result.Errors.Select(error => error.ToString()));
    }

    [Theory]
    [InlineData("\"overAchievement\": { \"threshold\": 20, \"deductionPerPoint\": 1e20, \"maxDeduction\": 10 }", "overAchievement")]
    [InlineData("\"grades\": [ { \"grade\": \"优\", \"min\": 90 } ]", "grades")] // a low total would get no grade
    [InlineData("\"qualitativeBands\": []", "qualitativeBands")]
    [InlineData("\"total\": 79228162514264337593543950335", "total")]
    public void Parse_OutOfBounds_IsRefusedNotCrashed(string replacement, string place)
    {
        var json = File.ReadAllText(Jixiao.Tests.RepoPaths.File("src", "Jixiao.Domain", "Frameworks", "Data", "national-project.json"));
        var key = replacement[..(replacement.IndexOf(':', StringComparison.Ordinal) + 1)];
        var start = json.IndexOf(key, StringComparison.Ordinal);
        var end = key.Contains("total", StringComparison.Ordinal) ? json.IndexOf(',', start) : FindClose(json, json.IndexOfAny(['[', '{'], start));
        var broken = json[..start] + replacement + json[end..];

        var result = FrameworkCatalog.Parse(broken);

        Assert.Contains(result.Errors, error => error.Place == place);
    }

    [Fact]
    public void Parse_AliasEqualToSiblingName_IsRefused()
    {
        var framework = FrameworkCatalog.BuiltIn.Find("output-benefit")!;
        var clash = framework with { Indicators = [framework.Indicators[0] with { Aliases = ["效益"] }, .. framework.Indicators.Skip(1)] };

        var result = FrameworkCatalog.Parse(FrameworkCatalog.ToJson(clash));

        Assert.Contains(result.Errors, error => error.Message.Contains("「效益」", StringComparison.Ordinal));
    }

    [Fact]
    public void ToJson_BuiltIn_ParsesBackToTheSameFramework()
    {
        var framework = FrameworkCatalog.BuiltIn.Find("guangzhou-department-2024")!;

        var again = FrameworkCatalog.Parse(FrameworkCatalog.ToJson(framework)).Value!;

        Assert.Equal(FrameworkCatalog.ToJson(framework), FrameworkCatalog.ToJson(again));
    }

    private static int FindClose(string json, int open)
    {
        var depth = 0;
        for (var i = open; ; i++)
        {
            depth += json[i] is '[' or '{' ? 1 : json[i] is ']' or '}' ? -1 : 0;
            if (depth == 0)
            {
                return i + 1;
            }
        }
    }

    [Fact]
    public void DocExample_InFrameworksMd_IsAValidFramework()
    {
        var doc = File.ReadAllText(Jixiao.Tests.RepoPaths.File("docs", "frameworks.md"));
        var start = doc.IndexOf("```json\n", StringComparison.Ordinal) + "```json\n".Length;
        var json = doc[start..doc.IndexOf("```", start, StringComparison.Ordinal)];

        var result = FrameworkCatalog.Parse(json);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
    }

    [Fact]
    public void With_UserFramework_ReplacesBuiltInOfSameId()
    {
        var custom = FrameworkCatalog.BuiltIn.Find("national-project")! with { Name = "本省项目支出" };

        var catalog = FrameworkCatalog.BuiltIn.With(custom);

        Assert.Equal("本省项目支出", catalog.Find("national-project")!.Name);
        Assert.Equal(3, catalog.All.Count);
    }

    [Fact]
    public void BlankEvaluation_Guangzhou_ListsEveryFixedLeafAndOnePlaceholderPerOpenNode()
    {
        var blank = BlankEvaluation.For(FrameworkCatalog.BuiltIn.Find("guangzhou-department-2024")!);

        Assert.Equal(1 + 2 + 23, blank.Indicators.Count);
        Assert.Equal(100m, blank.Indicators.Sum(leaf => leaf.Weight));
        Assert.Equal("guangzhou-department-2024", blank.Framework);
    }
}
