using System.Text;

namespace Jixiao.Render.Tests;

public sealed class TextFormatsTests
{
    [Theory]
    [InlineData(RenderWhat.Table)]
    [InlineData(RenderWhat.Scores)]
    [InlineData(RenderWhat.Report)]
    public void Html_Sample_SelfContainedWithMergedCells(RenderWhat what)
    {
        var (evaluation, framework) = Inputs.Sample("qinghe-justice-2025");

        var html = Encoding.UTF8.GetString(Inputs.Render(evaluation, framework, what, RenderFormat.Html));

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<style>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<link", html, StringComparison.Ordinal);
        Assert.Contains("rowspan=\"", html, StringComparison.Ordinal);
        Assert.Contains(evaluation.Department!, html, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_Table_MergedCellsPrintOnceAsSeed001Does()
    {
        var (evaluation, framework) = Inputs.Sample("qinghe-justice-2025");

        var lines = Encoding.UTF8.GetString(Inputs.Render(evaluation, framework, RenderWhat.Table, RenderFormat.Markdown)).Split('\n');

        Assert.Equal("# 部门整体支出绩效自评表", lines[0]);
        Assert.Contains(lines, line => line.StartsWith("| 部门资金情况 | 部门调整预算收入 | 3412.87 |", StringComparison.Ordinal));
        // The rows under a merged label leave its column empty.
        Assert.Contains(lines, line => line.StartsWith("|  | 实际支出数 | 3379.16 |", StringComparison.Ordinal));
    }

    [Fact]
    public void Report_Unscored_ListsWhatIsMissingLast()
    {
        var (evaluation, _) = Inputs.Sample("qinghe-justice-2025");
        var bare = evaluation with { Staff = null, Date = null, KeyProjects = [], Computed = null };

        var text = Encoding.UTF8.GetString(Inputs.Render(bare, null, RenderWhat.Report, RenderFormat.Markdown));

        var missing = text[text.IndexOf("未填报事项", StringComparison.Ordinal)..];
        Assert.Contains("人员情况、", missing, StringComparison.Ordinal);
        Assert.Contains("重点项目", missing, StringComparison.Ordinal);
        Assert.Contains("报告日期", missing, StringComparison.Ordinal);
        Assert.DoesNotContain("离退休", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_Sample_KeepsTheNarrativeWordForWord()
    {
        var (evaluation, framework) = Inputs.Sample("qinghe-justice-2025");

        var text = Encoding.UTF8.GetString(Inputs.Render(evaluation, framework, RenderWhat.Report, RenderFormat.Markdown));

        Assert.All(evaluation.Problems.Concat(evaluation.Improvements).Concat(evaluation.Achievements),
            paragraph => Assert.Contains("\n" + paragraph + "\n", text, StringComparison.Ordinal));
        Assert.Contains("预算执行率为 99.01%", text, StringComparison.Ordinal);
        Assert.All(evaluation.Score!.DeductionReasons, reason => Assert.Contains(reason, text, StringComparison.Ordinal));
    }
}
