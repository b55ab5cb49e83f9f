using Jixiao.Domain.Checks;
using Jixiao.Domain.Model;

namespace Jixiao.Domain.Tests.Checks;

public class CheckRulesTests
{
    [Fact]
    public void BuiltIn_SetsEveryRulesSeverityAndThresholds()
    {
        Assert.All(RuleCatalog.All, rule =>
        {
            var settings = CheckRules.BuiltIn.For(rule.Code);
            Assert.NotNull(settings.Severity);
            Assert.True(settings.Enabled);
            Assert.Equal(rule.Limits.Order(StringComparer.Ordinal), settings.Limits.Keys.Order(StringComparer.Ordinal));
        });
    }

    [Fact]
    public void BureauFile_ChangesOnlyWhatItSets()
    {
        var rules = CheckRules.Parse("""{ "rules": { "JX-B002": { "limits": { "minRate": 85 } }, "JX-P007": { "severity": "warning" } } }""").Value!;

        Assert.Equal(85m, rules.For("JX-B002").Limits["minRate"]);
        Assert.Equal(Severity.Warning, rules.For("JX-B002").Severity);
        Assert.Equal(Severity.Warning, rules.For("JX-P007").Severity);
        Assert.Equal(CheckRules.BuiltIn.For("JX-B005").Words, rules.For("JX-B005").Words);
        Assert.Empty(CheckRules.Parse("""{ "rules": { "JX-B005": { "words": [] } } }""").Value!.For("JX-B005").Words!);
        Assert.Equal(RuleCatalog.All.Count, rules.Rules.Count);
    }

    [Fact]
    public void BureauThreshold_MovesTheEdge()
    {
        var evaluation = RuleCases.Clean with { Budget = RuleCases.Clean.Budget! with { ExecutionRate = 88m, Actual = null } };
        var strict = CheckRules.BuiltIn;
        var lenient = CheckRules.Parse("""{ "rules": { "JX-B002": { "limits": { "minRate": 85 } } } }""").Value!;
        var off = CheckRules.Parse("""{ "rules": { "JX-B002": { "enabled": false } } }""").Value!;

        Assert.Contains(EvaluationChecker.Check(evaluation, null, strict).Findings, finding => finding.Code == "JX-B002");
        Assert.DoesNotContain(EvaluationChecker.Check(evaluation, null, lenient).Findings, finding => finding.Code == "JX-B002");
        Assert.DoesNotContain(EvaluationChecker.Check(evaluation, null, off).Findings, finding => finding.Code == "JX-B002");
    }

    [Theory]
    [InlineData("""{ "rules": { "JX-X999": {} } }""", "rules.JX-X999: 没有编号为 JX-X999 的规则（jixiao rules 列出全部规则）")]
    [InlineData("""{ "rules": { "JX-B002": { "limits": { "maxRate": 5 } } } }""", "rules.JX-B002.limits.maxRate: 规则 JX-B002 没有阈值 maxRate（可用：minRate）")]
    [InlineData("""{ "rules": { "JX-B001": { "limits": { "minRate": 5 } } } }""", "rules.JX-B001.limits.minRate: 规则 JX-B001 没有阈值 minRate（此规则没有阈值）")]
    [InlineData("""{ "rules": { "JX-B002": { "limits": { "minRate": -1 } } } }""", "rules.JX-B002.limits.minRate: 阈值不能为负数（-1）")]
    [InlineData("""{ "rules": { "JX-C001": { "words": ["conclusion"] } } }""", "rules.JX-C001.words: 规则 JX-C001 不认识「conclusion」（可选：goals、tasks、budget、indicators、score、keyProjects、achievements、problems、improvements）")]
    [InlineData("""{ "rules": { "JX-B002": { "severity": "fatal" } } }""", "第 1 行 rules.JX-B002.severity: 取值应为 error / warning / info 之一")]
    [InlineData("""{ "rulez": {} }""", "第 1 行 rulez: 没有这个字段（拼写错误？）")]
    [InlineData("""{ "rules": { "JX-P006": { "limits": { "excellent": 85, "good": 95 } } } }""", "rules.JX-P006.limits: 等级线应由高到低：excellent（85）≥ good（95）≥ fair（60）")]
    [InlineData("""{ "rules": { "JX-P009": { "limits": { "fair": 85 } } } }""", "rules.JX-P009.limits: 等级线应由高到低：excellent（90）≥ good（80）≥ fair（85）")]
    public void BadRulesFile_IsRefusedWithThePlace(string json, string expected)
    {
        var result = CheckRules.Parse(json);

        Assert.False(result.Succeeded);
        Assert.Equal(expected, result.Errors[0].ToString());
    }

    [Fact]
    public void ToJson_ReadsBackAsTheSameRules()
    {
        var again = CheckRules.Parse(CheckRules.ToJson(CheckRules.BuiltIn)).Value!;

        Assert.All(RuleCatalog.All, rule =>
        {
            Assert.Equal(CheckRules.BuiltIn.For(rule.Code).Severity, again.For(rule.Code).Severity);
            Assert.Equal(CheckRules.BuiltIn.For(rule.Code).Limits, again.For(rule.Code).Limits);
            Assert.Equal(CheckRules.BuiltIn.For(rule.Code).Words, again.For(rule.Code).Words);
        });
    }
}
