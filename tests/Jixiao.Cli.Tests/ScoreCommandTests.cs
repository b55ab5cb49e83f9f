using Jixiao.Domain.Interchange;
using Jixiao.Domain.Model;

namespace Jixiao.Cli.Tests;

public class ScoreCommandTests
{
    private static readonly string s_qinghe = RepoPaths.File("samples", "qinghe-justice-2025.json");
    private static readonly string s_beihu = RepoPaths.File("samples", "beihu-emergency-2025.json");

    [Fact]
    public void Score_Sample_PrintsTableAndTotals()
    {
        var (exit, output, error) = InProcess.Run("score", s_qinghe);

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Contains("一级指标", output, StringComparison.Ordinal);
        Assert.Contains("采购合同签订时效性", output, StringComparison.Ordinal);
        Assert.Contains("总分 98.32 分，等级 优", output, StringComparison.Ordinal);
        Assert.Contains("管理效率：分值 50 分，得 48.80 分，得分率 97.60%", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_OutputBenefitSample_ScoresFourParts()
    {
        var (exit, output, _) = InProcess.Run("score", s_beihu);

        Assert.Equal(0, exit);
        foreach (var part in new[] { "产出：分值 40 分", "预算执行率：分值 10 分", "效益：分值 40 分", "满意度：分值 10 分" })
        {
            Assert.Contains(part, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Score_Table_LinesUpWithChineseText()
    {
        var (_, output, _) = InProcess.Run("score", s_qinghe);

        var tableLines = output.Split('\n').Where(line => line.Length > 0 && "┌│├└".Contains(line[0], StringComparison.Ordinal)).ToList();
        Assert.True(tableLines.Count > 30);
        Assert.Single(tableLines.Select(DisplayWidth).Distinct());
    }

    [Fact]
    public void Score_WithOutput_WritesScoredJsonThatReadsBack()
    {
        using var temp = new TempDir();
        var target = temp.File("scored.json");

        var (exit, output, _) = InProcess.Run("score", s_qinghe, "-o", target);

        Assert.Equal(0, exit);
        Assert.Contains("已写出", output, StringComparison.Ordinal);
        var scored = InterchangeJson.Read(File.ReadAllText(target)).Value!;
        Assert.Equal(98.32m, scored.Computed!.Score!.Total);
        Assert.Equal(99.01m, scored.Computed.Budget!.ExecutionRate);
        Assert.Equal(scored.Indicators.Count, scored.Computed.Indicators.Count);
        Assert.All(scored.Computed.Indicators, leaf => Assert.False(string.IsNullOrEmpty(leaf.Reason)));
    }

    [Fact]
    public void Score_SampleWithAnOverspentProject_EndsWithTheReviewFindings()
    {
        var (exit, output, _) = InProcess.Run("score", s_beihu);

        Assert.Equal(0, exit); // score reports the review; only check fails on its errors
        Assert.Equal("错误", FindingLines.SectionOf(output, "JX-B004"));
        Assert.StartsWith("复核结果：错误 1 项，", FindingLines.LastLine(output), StringComparison.Ordinal);
        Assert.True(output.IndexOf("总分 98.94 分", StringComparison.Ordinal) < output.IndexOf("  JX-B004 ", StringComparison.Ordinal));
    }

    [Fact]
    public void Score_WithOutput_WritesTheReviewFindings()
    {
        using var temp = new TempDir();
        var target = temp.File("scored.json");

        var (_, output, _) = InProcess.Run("score", s_beihu, "-o", target);

        var scored = InterchangeJson.Read(File.ReadAllText(target)).Value!;
        var overspent = Assert.Single(scored.Findings, finding => finding.Code == "JX-B004");
        Assert.Equal(Severity.Error, overspent.Severity);
        Assert.Equal("keyProjects[0].actual", overspent.Field);
        Assert.Contains(scored.Findings, finding => finding.Code == "JX-I003" && finding.Severity == Severity.Info);
        var lines = output.ReplaceLineEndings("\n").TrimEnd().Split('\n');
        Assert.StartsWith("复核结果：", lines[^2], StringComparison.Ordinal);
        Assert.Equal($"已写出 {target}", lines[^1]);
    }

    [Fact]
    public void Score_MalformedJson_OneLineWithFileAndLine_NothingWritten()
    {
        using var temp = new TempDir();
        var input = temp.Write("bad.json", "{\n  \"year\": 2025,\n  \"budget\": { \"actual\": 12.5,, }\n}");
        var target = temp.File("out.json");

        var (exit, output, error) = InProcess.Run("score", input, "-o", target);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Equal($"{input}: 第 3 行 budget: JSON 语法错误（括号、引号或逗号不匹配）", error.TrimEnd());
        Assert.False(File.Exists(target));
    }

    [Fact]
    public void Score_UnknownFramework_ListsTheKnownOnes()
    {
        using var temp = new TempDir();
        var input = temp.Write("x.json", File.ReadAllText(s_qinghe).Replace("\"guangzhou-department-2024\"", "\"shanghai-2030\"", StringComparison.Ordinal));

        var (exit, _, error) = InProcess.Run("score", input);

        Assert.Equal(2, exit);
        Assert.Equal($"{input}: framework: 未知的指标体系「shanghai-2030」（可用：guangzhou-department-2024、national-project、output-benefit）", error.TrimEnd());
    }

    [Fact]
    public void Score_NoFrameworkAnywhere_AsksForOne()
    {
        using var temp = new TempDir();
        var input = temp.Write("x.json", """{ "department": "云溪市青禾区司法局" }""");

        var (exit, _, error) = InProcess.Run("score", input);

        Assert.Equal(2, exit);
        Assert.StartsWith($"{input}: framework: 未指定指标体系", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_FrameworkOption_OverridesTheFile()
    {
        // The Guangzhou sample's leaves are not in the output-benefit tree, so scoring by it must fail there.
        var (exit, _, error) = InProcess.Run("score", s_qinghe, "--framework", "output-benefit");

        Assert.Equal(2, exit);
        Assert.Contains("一级指标没有「履职效能」", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_WeightsNotTotalling100_NamesTheSums_AndKeepsAnExistingOutput()
    {
        using var temp = new TempDir();
        var sample = InterchangeJson.Read(File.ReadAllText(s_qinghe)).Value!;
        var heavier = sample.Indicators[1] with { Weight = sample.Indicators[1].Weight + 1 };
        var input = temp.Write("x.json", InterchangeJson.Write(sample with { Indicators = [sample.Indicators[0], heavier, .. sample.Indicators.Skip(2)] }));
        var target = temp.Write("out.json", "previous result");

        var (exit, _, error) = InProcess.Run("score", input, "-o", target);

        Assert.Equal(2, exit);
        Assert.Contains($"{input}: indicators: 「履职效能」下各指标分值合计 51 分，应为 50 分", error, StringComparison.Ordinal);
        Assert.Contains($"{input}: indicators: 各指标分值合计 101 分，应为 100 分", error, StringComparison.Ordinal);
        Assert.Equal("previous result", File.ReadAllText(target));
    }

    [Fact]
    public void Score_NegativeAmount_NamesTheField()
    {
        using var temp = new TempDir();
        var input = temp.Write("x.json", """{ "framework": "national-project", "budget": { "actual": -3.5 } }""");

        var (exit, _, error) = InProcess.Run("score", input);

        Assert.Equal(2, exit);
        Assert.Equal($"{input}: budget.actual: 不能为负数（-3.5）", error.TrimEnd());
    }

    [Theory]
    [InlineData(new byte[0], "文件为空")]
    [InlineData(new byte[] { 0x7B, 0x22, 0xB2, 0xBF, 0xC3, 0xC5, 0x22, 0x7D }, "不是 UTF-8 编码的文本（交换格式和指标体系文件须为 UTF-8 JSON）")] // {"部门"} in GBK
    [InlineData(new byte[] { 0x00, 0xFF, 0xFE, 0x01 }, "不是 UTF-8 编码的文本（交换格式和指标体系文件须为 UTF-8 JSON）")] // binary
    public void Score_UnreadableBytes_SaysWhy(byte[] content, string message)
    {
        using var temp = new TempDir();
        var input = temp.File("x.json");
        File.WriteAllBytes(input, content);

        var (exit, _, error) = InProcess.Run("score", input);

        Assert.Equal(2, exit);
        Assert.Equal($"{input}: {message}", error.TrimEnd());
    }

    [Fact]
    public void Score_ProjectEvaluation_ScoresTopLevelExecutionRateLeaf()
    {
        using var temp = new TempDir();
        var input = temp.Write("project.json", """
            {
              "kind": "project", "framework": "national-project", "department": "云溪市青禾区司法局",
              "project": { "name": "法律援助经费", "supervisor": "云溪市青禾区司法局" },
              "budget": { "initial": 600, "adjusted": 612.4, "actual": 605.87 },
              "indicators": [
                { "path": ["预算执行率"], "name": "预算执行率" },
                { "path": ["产出", "数量指标", "办结法律援助案件"], "name": "办结法律援助案件", "weight": 30, "target": "≥1200件", "actual": "1180件" },
                { "path": ["产出", "时效指标", "受理后3日内指派率"], "name": "受理后3日内指派率", "weight": 20, "target": "100%", "actual": "100%" },
                { "path": ["效益", "社会效益", "受援人涉法信访化解"], "name": "受援人涉法信访化解", "weight": 30, "method": "qualitative", "achievement": "部分达成" },
                { "path": ["满意度", "服务对象满意度"], "name": "服务对象满意度", "weight": 10, "target": "≥90%", "actual": "96.5%" }
              ]
            }
            """);

        var (exit, output, error) = InProcess.Run("score", input);

        Assert.Equal("", error);
        Assert.Equal(0, exit);
        Assert.Contains("预算执行率 98.93%（按执行数 ÷ 全年预算数计算），低于 100%，扣 0.11 分，得 9.89 分", output, StringComparison.Ordinal);
        Assert.Contains("实际完成 1180 件，低于指标值 1200 件，按完成比例得 29.50 分", output, StringComparison.Ordinal);
        Assert.Contains("总分 87.39 分，等级 良", output, StringComparison.Ordinal); // 9.89 + 29.50 + 20 + 18 + 10
    }

    [Theory]
    [InlineData("/nonexistent/out.json", "所在目录不存在")]
    [InlineData("", "这是一个目录，请给出文件名")] // the temporary folder itself
    public void Score_UnwritableOutput_OneLineAndNoTable(string target, string message)
    {
        using var temp = new TempDir();
        var output = target.Length == 0 ? temp.Path : target;

        var (exit, printed, error) = InProcess.Run("score", s_qinghe, "-o", output);

        Assert.Equal(2, exit);
        Assert.Equal("", printed);
        Assert.Equal($"{output}: {message}", error.TrimEnd());
        Assert.Empty(Directory.GetFiles(temp.Path));
    }

    [Fact]
    public void Score_PrintedPartsUnderAnAlias_AreComparedAndNoneInvented()
    {
        using var temp = new TempDir();
        var sample = InterchangeJson.Read(File.ReadAllText(s_qinghe)).Value!;
        var input = temp.Write("x.json", InterchangeJson.Write(sample with
        {
            Score = sample.Score! with { Parts = new Dictionary<string, decimal> { ["管理效能"] = 49m } },
        }));

        var (_, output, _) = InProcess.Run("score", input);

        Assert.Contains("管理效率：分值 50 分，得 48.80 分，得分率 97.60%（填报 49）", output, StringComparison.Ordinal);
        Assert.Contains("履职效能：分值 50 分，得 49.52 分，得分率 99.04%\n", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Score_MissingFile_SaysSo()
    {
        var (exit, _, error) = InProcess.Run("score", "/nonexistent/evaluation.json");

        Assert.Equal(2, exit);
        Assert.Equal("/nonexistent/evaluation.json: 文件不存在", error.TrimEnd());
    }

    [Fact]
    public void Score_NoArguments_IsAUsageErrorWithExitCode2()
    {
        var (exit, _, error) = InProcess.Run("score");

        Assert.Equal(2, exit);
        Assert.NotEqual("", error);
    }

    /// <summary>Columns a terminal gives the text: CJK and full-width forms take two.</summary>
    private static int DisplayWidth(string line) => line.TrimEnd('\r').Sum(c =>
        c is >= '\u1100' and <= '\u115F' or >= '\u2E80' and <= '\uA4CF' or >= '\uAC00' and <= '\uD7A3'
            or >= '\uF900' and <= '\uFAFF' or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFF60' or >= '\uFFE0' and <= '\uFFE6'
            ? 2 : 1);
}
