using Jixiao.Domain.Frameworks;

namespace Jixiao.Domain.Tests.Frameworks;

public class IndicatorNamesTests
{
    [Theory]
    [InlineData("产出指标", "产出")]
    [InlineData("产出", "产出")]
    [InlineData("产出指标(50分)", "产出")] // half-width brackets, as the Ministry's form prints them
    [InlineData("产出指标（50 分）", "产出")] // full-width brackets and a space before 分
    [InlineData("效益指标（30.5分）", "效益")] // a weight with decimals
    [InlineData("满意度指标（分值：10分）", "满意度")]
    [InlineData("数量指标(40%)", "数量")] // a weight printed as a share
    [InlineData("产出 指标", "产出")] // a space left by a PDF's line break
    [InlineData("预算执行率（10分）", "预算执行率")]
    [InlineData("社会效益指标", "社会效益")]
    [InlineData("指标", "指标")] // nothing would be left: kept
    [InlineData("服务对象满意度指标等", "服务对象满意度指标等")] // wording, not form: an alias in the framework file
    [InlineData("指标1工程完工率", "指标1工程完工率")] // 指标 only at the end is dropped
    [InlineData("受益人口（万人）", "受益人口（万人）")] // a unit in brackets is part of the name
    public void Key_PrintedName_DropsOnlyForm(string printed, string key)
    {
        Assert.Equal(key, IndicatorNames.Key(printed));
    }

    [Fact]
    public void Answers_PrintedVariants_MatchTheNode()
    {
        var node = new FrameworkNode { Name = "服务对象满意度", Aliases = ["服务对象满意度指标等"], Open = true };

        Assert.All(["服务对象满意度", "服务对象满意度指标", "服务对象满意度指标等", "服务对象满意度指标（10分）"], name => Assert.True(node.Answers(name), name));
        Assert.False(node.Answers("满意度"));
    }

    [Fact]
    public void Parse_AliasSameAsSiblingOnceNormalized_IsRefused()
    {
        var framework = FrameworkCatalog.BuiltIn.Find("national-project")!;
        var clash = framework with { Indicators = [framework.Indicators[0] with { Aliases = ["产出指标（50分）"] }, .. framework.Indicators.Skip(1)] };

        var result = FrameworkCatalog.Parse(FrameworkCatalog.ToJson(clash));

        Assert.Contains(result.Errors, error => error.Message.StartsWith("同一级有两个「产出」", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_AliasSameAsItsOwnNameOnceNormalized_IsAccepted()
    {
        var framework = FrameworkCatalog.BuiltIn.Find("national-project")!;
        var redundant = framework with { Indicators = [.. framework.Indicators.Select(part => part.Name == "产出" ? part with { Aliases = ["产出指标"] } : part)] };

        var result = FrameworkCatalog.Parse(FrameworkCatalog.ToJson(redundant));

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
    }
}
