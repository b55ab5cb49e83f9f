using System.Text.RegularExpressions;
using Jixiao.Domain.Checks;
using Jixiao.Domain.Model;
using Jixiao.Domain.Numbers;
using Jixiao.Tests;

namespace Jixiao.Domain.Tests.Checks;

/// <summary>
/// Holds docs/checks.md to the rule catalogue and the built-in rules file, so that neither can change
/// without the other: every rule has its section and its row with the default severity, every threshold
/// its name and default value, every default word its place.
/// </summary>
public partial class ChecksDocTests
{
    private static readonly string s_doc = File.ReadAllText(RepoPaths.File("docs", "checks.md")).ReplaceLineEndings("\n");

    public static TheoryData<string> Codes()
    {
        var data = new TheoryData<string>();
        foreach (var rule in RuleCatalog.All)
        {
            data.Add(rule.Code);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Rule_HasSectionWithItsTitleAndDefaultSeverity(string code)
    {
        var rule = RuleCatalog.Find(code)!;
        var severity = CheckRules.BuiltIn.For(code).Severity!.Value;

        Assert.Contains($"### {code} {rule.Title}\n", s_doc, StringComparison.Ordinal);
        Assert.Contains($"- 默认级别：{Chinese(severity)}（`{Json(severity)}`）\n", Section(code), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Rule_HasRowInOverviewWithDefaultSeverityAndLimits(string code)
    {
        var rule = RuleCatalog.Find(code)!;
        var settings = CheckRules.BuiltIn.For(code);
        var rows = s_doc.Split('\n').Where(line => line.StartsWith($"| {code} |", StringComparison.Ordinal)).ToList();

        var row = Assert.Single(rows);
        var cells = row.Split(" | ");
        Assert.Equal(Chinese(settings.Severity!.Value), cells[1]);
        Assert.Equal(rule.Title.Replace("|", "\\|", StringComparison.Ordinal), cells[2]);
        Assert.All(rule.Limits, limit => Assert.Contains(Limit(limit, settings.Limits[limit]), cells[3], StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Rule_SectionNamesEveryLimitWithItsDefault(string code)
    {
        var rule = RuleCatalog.Find(code)!;
        var settings = CheckRules.BuiltIn.For(code);
        var section = Section(code);

        Assert.All(rule.Limits, limit => Assert.Contains(Limit(limit, settings.Limits[limit]), section, StringComparison.Ordinal));
        if (rule.Limits.Count == 0)
        {
            Assert.Contains("- 阈值：无", section, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Rule_SectionListsEveryDefaultWord(string code)
    {
        var section = Section(code);

        Assert.All(CheckRules.BuiltIn.For(code).Words ?? [], word => Assert.Matches($"[「`]{Regex.Escape(word)}[」`]", section));
    }

    [Fact]
    public void Doc_ListsTheRulesInCatalogueOrderAndNoOthers()
    {
        var headings = Heading().Matches(s_doc).Select(match => match.Groups["code"].Value).ToList();

        Assert.Equal(RuleCatalog.All.Select(rule => rule.Code), headings);
    }

    [Fact]
    public void RulesFileExample_ReadsOverTheDefaults()
    {
        var start = s_doc.IndexOf("## 十一、规则文件", StringComparison.Ordinal);
        var open = s_doc.IndexOf("```json\n", start, StringComparison.Ordinal) + "```json\n".Length;
        var json = s_doc[open..s_doc.IndexOf("```", open, StringComparison.Ordinal)];

        var result = CheckRules.Parse(json);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal(RuleCatalog.All.Count, result.Value!.Rules.Count);
    }

    /// <summary>From a rule's heading to the next heading.</summary>
    private static string Section(string code)
    {
        var start = s_doc.IndexOf($"### {code} ", StringComparison.Ordinal);
        Assert.True(start >= 0, $"docs/checks.md has no section for {code}");
        var end = s_doc.IndexOf("\n#", start + 1, StringComparison.Ordinal);
        return end < 0 ? s_doc[start..] : s_doc[start..end];
    }

    /// <summary>A threshold as the doc and `jixiao rules` write it: "`minRate` = 90".</summary>
    private static string Limit(string name, decimal value) => $"`{name}` = {Number.Show(value)}";

    private static string Chinese(Severity severity) => severity switch
    {
        Severity.Error => "错误",
        Severity.Warning => "警告",
        _ => "提示",
    };

    private static string Json(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    [GeneratedRegex(@"^### (?<code>JX-[A-Z]\d{3}) ", RegexOptions.Multiline)]
    private static partial Regex Heading();
}
