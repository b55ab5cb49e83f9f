using Jixiao.Domain.Interchange;
using Jixiao.Domain.Model;

namespace Jixiao.Cli.Tests;

public class CheckCommandTests
{
    private static readonly string s_qinghe = RepoPaths.File("samples", "qinghe-justice-2025.json");
    private static readonly string s_beihu = RepoPaths.File("samples", "beihu-emergency-2025.json");

    [Fact]
    public void Check_OverspentKeyProject_ExitsOneWithTheLineUnderErrors()
    {
        var (exit, output, error) = InProcess.Run("check", s_beihu);

        Assert.Equal(1, exit);
        Assert.Equal("", error);
        Assert.StartsWith($"{s_beihu} · 北湖市经开区应急管理局 2025 年度 · 产出效益型", output, StringComparison.Ordinal);
        Assert.Contains(
            "  JX-B004 重点项目「应急物资储备及装备购置项目」的执行数：重点项目「应急物资储备及装备购置项目」实际支出 536.9142 万元超过预算 523.6 万元（执行率 102.54%）",
            output, StringComparison.Ordinal);
        Assert.Equal("错误", FindingLines.SectionOf(output, "JX-B004"));
        Assert.StartsWith("复核结果：错误 1 项，", FindingLines.LastLine(output), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SampleWithoutErrors_ExitsZeroWithInfoAndSummary()
    {
        var (exit, output, error) = InProcess.Run("check", s_qinghe);

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Contains(
            "  JX-P007 结转结余：结转和结余填报为 31.71 万元，全年预算数 3412.87 − 执行数 3379.16 = 33.71 万元，相差 2.00 万元",
            output, StringComparison.Ordinal);
        Assert.Equal("提示", FindingLines.SectionOf(output, "JX-P007"));
        Assert.DoesNotContain("错误（", output, StringComparison.Ordinal);
        Assert.StartsWith("复核结果：错误 0 项", FindingLines.LastLine(output), StringComparison.Ordinal);
        Assert.Equal(FindingLines.SummaryOfLines(output), FindingLines.LastLine(output));
    }

    [Fact]
    public void Check_Json_IsInterchangeWithFindingsAndComputedValues()
    {
        var (exit, output, error) = InProcess.Run("check", s_beihu, "--json");

        Assert.Equal(1, exit);
        Assert.Equal("", error);
        var result = InterchangeJson.Read(output);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var overspent = Assert.Single(result.Value!.Findings, finding => finding.Code == "JX-B004");
        Assert.Equal(Severity.Error, overspent.Severity);
        Assert.Equal("keyProjects[0].actual", overspent.Field);
        Assert.Contains("536.9142 万元超过预算 523.6 万元", overspent.Message, StringComparison.Ordinal);
        Assert.Equal(98.03m, result.Value.Computed!.Budget!.ExecutionRate);
        Assert.Equal(98.94m, result.Value.Computed.Score!.Total);
    }

    [Fact]
    public void Check_JsonOfCleanSample_ExitsZeroAndKeepsTheInfoFinding()
    {
        var (exit, output, _) = InProcess.Run("check", s_qinghe, "--json");

        Assert.Equal(0, exit);
        var checkedEvaluation = InterchangeJson.Read(output).Value!;
        Assert.Equal(Severity.Info, Assert.Single(checkedEvaluation.Findings, finding => finding.Code == "JX-P007").Severity);
        Assert.Equal(98.32m, checkedEvaluation.Computed!.Score!.Total);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)] // --json must not print half a document either
    public void Check_MissingFile_ExitsTwoNamingIt(bool json)
    {
        using var temp = new TempDir();
        var input = temp.File("absent.json");

        var (exit, output, error) = InProcess.Run(json ? ["check", input, "--json"] : ["check", input]);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Equal($"{input}: 文件不存在", error.TrimEnd());
    }

    [Fact]
    public void Check_MalformedJson_ExitsTwoNamingFileAndLine()
    {
        using var temp = new TempDir();
        var input = temp.Write("bad.json", "{\n  \"year\": 2025,\n  \"budget\": { \"actual\": 12.5,, }\n}");

        var (exit, output, error) = InProcess.Run("check", input);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Equal($"{input}: 第 3 行 budget: JSON 语法错误（括号、引号或逗号不匹配）", error.TrimEnd());
    }

    [Fact]
    public void Check_UnknownFrameworkInFile_ExitsTwoListingTheKnownOnes()
    {
        using var temp = new TempDir();
        var input = temp.Write("x.json", File.ReadAllText(s_qinghe).Replace("\"guangzhou-department-2024\"", "\"shanghai-2030\"", StringComparison.Ordinal));

        var (exit, output, error) = InProcess.Run("check", input);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Equal($"{input}: framework: 未知的指标体系「shanghai-2030」（可用：guangzhou-department-2024、national-project、output-benefit）", error.TrimEnd());
    }

    [Fact]
    public void Check_UnknownFrameworkOption_ExitsTwoNamingTheFile()
    {
        var (exit, output, error) = InProcess.Run("check", s_qinghe, "-f", "shanghai-2030", "--json");

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.StartsWith($"{s_qinghe}: framework: 未知的指标体系「shanghai-2030」", error, StringComparison.Ordinal);
    }
}
