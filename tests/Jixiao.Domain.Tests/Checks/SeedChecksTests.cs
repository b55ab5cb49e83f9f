using System.Text.Json;
using Jixiao.Domain.Checks;
using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Interchange;
using Jixiao.Domain.Model;
using Jixiao.Tests;

namespace Jixiao.Domain.Tests.Checks;

/// <summary>
/// The seeds' tables and figures, typed by hand into Seeds/*.json, checked as a reviewer would: every finding the
/// hand-checked facts list is found, and a seed marked noErrors gets no error finding.
/// </summary>
public class SeedChecksTests
{
    public static TheoryData<string> Seeds() =>
        [.. Directory.GetFiles(RepoPaths.Seeds, "*.facts.json").Select(file => Path.GetFileName(file)[..^".facts.json".Length]).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Check_FindsWhatTheFactsList(string seed)
    {
        var findings = CheckSeed(seed);
        using var facts = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Seeds, seed + ".facts.json")));
        foreach (var expected in facts.RootElement.GetProperty("findings").EnumerateArray())
        {
            var field = expected.GetProperty("field").GetString()!;
            var mentions = expected.TryGetProperty("mentions", out var text) ? text.GetString()! : "";
            Assert.True(
                findings.Any(finding => finding.Field.StartsWith(field, StringComparison.Ordinal)
                    && (finding.Field.Contains(mentions, StringComparison.Ordinal) || finding.Message.Contains(mentions, StringComparison.Ordinal))),
                $"{seed}: no finding on {field} mentioning '{mentions}' ({expected.GetProperty("why").GetString()}); found:\n{Describe(findings)}");
        }

        if (facts.RootElement.GetProperty("noErrors").GetBoolean())
        {
            Assert.True(findings.All(finding => finding.Severity != Severity.Error), $"{seed}: error findings:\n{Describe(findings)}");
        }
    }

    [Fact]
    public void Seed000_CarryoverOffBy024_IsReportedWithItsNumbers()
    {
        var finding = Assert.Single(CheckSeed("000_7d636bbba94b8a4b"), finding => finding.Code == "JX-P007");
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Equal("结转和结余填报为 12.35 万元，全年预算数 2468.78 − 执行数 2456.19 = 12.59 万元，相差 0.24 万元；如含其他资金请说明", finding.Message);
    }

    [Fact]
    public void Seed001_TableAndNarrativeWithSwappedDigits_AreSetSideBySide()
    {
        var finding = Assert.Single(CheckSeed("001_8a8cd6fc1c5a3d32"), finding => finding.Code == "JX-I006");

        Assert.Equal("tasks[1].indicators[3].actual", finding.Field);
        Assert.Contains("「2423人次」", finding.Message, StringComparison.Ordinal);
        Assert.Contains("「2432人积分入学」", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed002_FunctionClassesOffByOneCent_AreRoundingNotAFinding()
    {
        var findings = CheckSeed("002_541c9492cc78057a");

        Assert.DoesNotContain(findings, finding => finding.Field.StartsWith("budget", StringComparison.Ordinal));
        Assert.DoesNotContain(findings, finding => finding.Code is "JX-P010" or "JX-A006" or "JX-C005");
    }

    [Fact]
    public void Seed002_NatureTableInAllThreeColumns_AddsUpWithinRounding()
    {
        // 全年预算数: 人员经费 6226.67 + 公用经费 532.88 = 6759.55 against 基本支出 6759.56, within three half-cents.
        var budget = InterchangeJson.Read(File.ReadAllText(RepoPaths.File("tests", "Jixiao.Domain.Tests", "Checks", "Seeds", "002_541c9492cc78057a.json"))).Value!.Budget!;

        Assert.Equal(4, budget.ByNature.Count);
        Assert.DoesNotContain(CheckSeed("002_541c9492cc78057a"), finding => finding.Code is "JX-A002" or "JX-A003");
    }

    [Fact]
    public void Seed003_ScoreRate99For49Of50_IsAnError()
    {
        var finding = Assert.Single(CheckSeed("003_d63df66f9584128b"), finding => finding.Code == "JX-P005");
        Assert.Equal(("score.rates.管理效率", Severity.Error), (finding.Field, finding.Severity));
        Assert.Equal("「管理效率」得分率填报为 99%，按得分 49 ÷ 分值 50 计算为 98.00%", finding.Message);
    }

    [Fact]
    public void Seed004_SpendingAboveBudget_IsAnErrorAndTheClaimToTheContraryIsNamed()
    {
        var findings = CheckSeed("004_72382f823690f8e1");

        var overspent = Assert.Single(findings, finding => finding.Code == "JX-B001");
        Assert.Equal("执行数 1863.95787 万元超过全年预算数 1805.58777 万元（执行率 103.23%）", overspent.Message);
        var claim = Assert.Single(findings, finding => finding.Code == "JX-B005");
        Assert.Contains("控制在预算总额以内", claim.Message, StringComparison.Ordinal);
    }

    internal static IReadOnlyList<Finding> CheckSeed(string seed)
    {
        var evaluation = InterchangeJson.Read(File.ReadAllText(RepoPaths.File("tests", "Jixiao.Domain.Tests", "Checks", "Seeds", seed + ".json"))).Value!;
        var framework = evaluation.Framework is { } id ? FrameworkCatalog.BuiltIn.Find(id) : null;
        return EvaluationChecker.Check(evaluation, framework, CheckRules.BuiltIn).Findings;
    }

    private static string Describe(IEnumerable<Finding> findings) =>
        string.Join("\n", findings.Select(finding => $"{finding.Severity} {finding.Code} {finding.Field}: {finding.Message}"));
}
