
namespace Jixiao.Cli.Tests;

/// <summary>`jixiao check --rules FILE`: a bureau's rules file changes what the review reports, and a bad one stops it.</summary>
public class CheckRulesFileTests
{
    private static readonly string s_qinghe = RepoPaths.File("samples", "qinghe-justice-2025.json");
    private static readonly string s_beihu = RepoPaths.File("samples", "beihu-emergency-2025.json");

    [Fact]
    public void Check_RuleDisabled_ItsErrorGoesAndExitIsZero()
    {
        using var temp = new TempDir();
        var rules = temp.Write("rules.json", """{ "rules": { "JX-B004": { "enabled": false } } }""");

        var (exit, output, error) = InProcess.Run("check", s_beihu, "--rules", rules);

        Assert.Equal("", error);
        Assert.Equal(0, exit);
        Assert.DoesNotContain("JX-B004", output, StringComparison.Ordinal);
        Assert.StartsWith("复核结果：错误 0 项", FindingLines.LastLine(output), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_InfoRuleMadeAnError_ExitIsOne()
    {
        using var temp = new TempDir();
        var rules = temp.Write("rules.json", """{ "rules": { "JX-P007": { "severity": "error" } } }""");

        var (exit, output, _) = InProcess.Run("check", s_qinghe, "--rules", rules);

        Assert.Equal(1, exit);
        Assert.Equal("错误", FindingLines.SectionOf(output, "JX-P007"));
        Assert.StartsWith("复核结果：错误 1 项", FindingLines.LastLine(output), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ThresholdRaised_FindingsBelowItGo()
    {
        using var temp = new TempDir();
        var rules = temp.Write("rules.json", """{ "rules": { "JX-I001": { "limits": { "threshold": 100 } } } }""");

        var (_, before, _) = InProcess.Run("check", s_beihu);
        var (exit, after, _) = InProcess.Run("check", s_beihu, "--rules", rules);

        Assert.Equal(1, exit);
        Assert.Contains("  JX-I001 ", before, StringComparison.Ordinal); // 36 场 against ≥20 场 is 80% over the default 20%
        Assert.DoesNotContain("  JX-I001 ", after, StringComparison.Ordinal);
        Assert.True(FindingLines.CountUnder(after, "警告") < FindingLines.CountUnder(before, "警告"));
    }

    [Theory]
    [InlineData("3.8", true)] // 调增 126.42 ÷ 3286.45 = 3.85%
    [InlineData("3.9", false)]
    [InlineData("79228162514264337593543950335", false)] // decimal.MaxValue: once overflowed multiplying by the initial budget
    public void Check_AdjustmentLimit_ComparedWithTheAdjustmentRate(string maxRate, bool reported)
    {
        using var temp = new TempDir();
        var rules = temp.Write("rules.json", $$"""{ "rules": { "JX-B003": { "limits": { "maxRate": {{maxRate}} } } } }""");

        var (exit, output, error) = InProcess.Run("check", s_qinghe, "--rules", rules);

        Assert.Equal("", error);
        Assert.Equal(0, exit);
        Assert.Equal(reported, output.Contains("  JX-B003 全年预算数：全年预算数 3412.87 万元较年初预算 3286.45 万元调增 126.42 万元（3.85%）", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{ "rules": { "JX-Z999": { "enabled": false } } }""", "rules.JX-Z999: 没有编号为 JX-Z999 的规则（jixiao rules 列出全部规则）")]
    [InlineData("""{ "rules": { "JX-B002": { "limits": { "maxRate": 5 } } } }""", "rules.JX-B002.limits.maxRate: 规则 JX-B002 没有阈值 maxRate（可用：minRate）")]
    [InlineData("""{ "rules": { "JX-B004": { "limits": { "minRate": 5 } } } }""", "rules.JX-B004.limits.minRate: 规则 JX-B004 没有阈值 minRate（此规则没有阈值）")]
    [InlineData("""{ "rules": { "JX-B002": { "limits": { "minRate": -5 } } } }""", "rules.JX-B002.limits.minRate: 阈值不能为负数（-5）")]
    [InlineData("{ \"rules\": {\n  \"JX-B004\": { \"enabled\": false,, } } }", "第 2 行 rules.JX-B004: JSON 语法错误（括号、引号或逗号不匹配）")]
    [InlineData("""{ "rules": { "JX-B004": { "severity": "fatal" } } }""", "第 1 行 rules.JX-B004.severity: 取值应为 error / warning / info 之一")]
    [InlineData("""{ "rules": { "JX-B004": null } }""", "rules.JX-B004: 不能为 null")] // once a NullReferenceException
    [InlineData("""{ "rule": {} }""", "第 1 行 rule: 没有这个字段（拼写错误？）")]
    public void Check_BadRulesFile_ExitsTwoNamingTheFileAndPlace_PrintsNothing(string text, string problem)
    {
        using var temp = new TempDir();
        var rules = temp.Write("rules.json", text);

        foreach (var json in new[] { false, true })
        {
            var (exit, output, error) = InProcess.Run(json ? ["check", s_beihu, "--rules", rules, "--json"] : ["check", s_beihu, "--rules", rules]);

            Assert.Equal(2, exit);
            Assert.Equal("", output);
            Assert.Equal($"{rules}: {problem}", error.TrimEnd());
        }
    }

    [Fact]
    public void Check_MissingRulesFile_ExitsTwoNamingIt()
    {
        using var temp = new TempDir();
        var rules = temp.File("absent-rules.json");

        var (exit, output, error) = InProcess.Run("check", s_qinghe, "--rules", rules);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Equal($"{rules}: 文件不存在", error.TrimEnd());
    }
}
