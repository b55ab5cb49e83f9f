using Jixiao.Domain.Checks;

namespace Jixiao.Cli.Tests;

public class RulesCommandTests
{
    [Fact]
    public void Rules_ListsEveryRuleOfTheCatalogue()
    {
        var (exit, output, error) = InProcess.Run("rules");

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.All(RuleCatalog.All, rule => Assert.Contains($"│ {rule.Code} │", output, StringComparison.Ordinal));
        Assert.Contains("minRate = 90", RowOf(output, "JX-B002"), StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_Json_ParsesBackToTheDefaults()
    {
        var (exit, output, _) = InProcess.Run("rules", "--json");

        Assert.Equal(0, exit);
        var parsed = CheckRules.Parse(output);
        Assert.True(parsed.Succeeded, string.Join("\n", parsed.Errors));
        Assert.Equal(RuleCatalog.All.Select(rule => rule.Code), parsed.Value!.Rules.Keys);
        Assert.All(RuleCatalog.All, rule =>
        {
            var (read, builtIn) = (parsed.Value.For(rule.Code), CheckRules.BuiltIn.For(rule.Code));
            Assert.Equal(builtIn.Severity, read.Severity);
            Assert.Equal(builtIn.Enabled, read.Enabled);
            Assert.Equal(builtIn.Limits.OrderBy(pair => pair.Key, StringComparer.Ordinal), read.Limits.OrderBy(pair => pair.Key, StringComparer.Ordinal));
            Assert.Equal(builtIn.Words, read.Words);
        });
    }

    [Fact]
    public void Rules_WithRulesFile_ShowsTheOverrides()
    {
        using var temp = new TempDir();
        var rules = temp.Write("rules.json", """
            {
              "description": "北湖市财政局复核规则",
              "rules": { "JX-B004": { "enabled": false }, "JX-P007": { "severity": "error" }, "JX-B002": { "limits": { "minRate": 95 } } }
            }
            """);

        var (exit, output, error) = InProcess.Run("rules", "--rules", rules);

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Contains("│ 停用 ", RowOf(output, "JX-B004"), StringComparison.Ordinal);
        Assert.Contains("│ 错误 ", RowOf(output, "JX-P007"), StringComparison.Ordinal);
        Assert.Contains("minRate = 95", RowOf(output, "JX-B002"), StringComparison.Ordinal);
        Assert.Contains("│ 警告 ", RowOf(output, "JX-B003"), StringComparison.Ordinal); // untouched rules keep the defaults
        Assert.Equal("北湖市财政局复核规则", FindingLines.LastLine(output));
    }

    [Fact]
    public void Rules_JsonWithRulesFile_WritesTheMergedRules()
    {
        using var temp = new TempDir();
        var rules = temp.Write("rules.json", """{ "rules": { "JX-B004": { "enabled": false } } }""");

        var (_, output, _) = InProcess.Run("rules", "--json", "--rules", rules);

        var merged = CheckRules.Parse(output).Value!;
        Assert.False(merged.For("JX-B004").Enabled);
        Assert.Equal(RuleCatalog.All.Count, merged.Rules.Count);
    }

    [Fact]
    public void Rules_BadRulesFile_ExitsTwoNamingItAndPrintsNoTable()
    {
        using var temp = new TempDir();
        var rules = temp.Write("rules.json", """{ "rules": { "JX-Z999": {} } }""");

        var (exit, output, error) = InProcess.Run("rules", "--rules", rules);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Equal($"{rules}: rules.JX-Z999: 没有编号为 JX-Z999 的规则（jixiao rules 列出全部规则）", error.TrimEnd());
    }

    /// <summary>The table row of one rule.</summary>
    private static string RowOf(string output, string code) =>
        output.ReplaceLineEndings("\n").Split('\n').Single(line => line.StartsWith($"│ {code} │", StringComparison.Ordinal));
}
