using System.Text;

namespace Jixiao.Render.Tests;

public sealed class ReviewLetterTests
{
    [Fact]
    public void Review_Seed000_FindingInTheReviewersWords()
    {
        var (evaluation, framework) = Inputs.Extracted(Inputs.Seed("000"));

        var text = Encoding.UTF8.GetString(Inputs.Render(evaluation, framework, RenderWhat.Review, RenderFormat.Markdown));

        Assert.StartsWith("# 绩效自评复核意见书", text, StringComparison.Ordinal);
        Assert.Contains($"{evaluation.Department}：", text, StringComparison.Ordinal);
        var carryover = evaluation.Findings.First(finding => finding.Field == "budget.carryover");
        Assert.Contains($"预算的结转和结余：{carryover.Message}（{carryover.Code}）", text, StringComparison.Ordinal);
        Assert.Contains("复核意见", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Return_Sample_LeavesOutNotesAndAsksForChanges()
    {
        var (evaluation, framework) = Inputs.Sample("beihu-emergency-2025");

        var text = Encoding.UTF8.GetString(Inputs.Render(evaluation, framework, RenderWhat.Return, RenderFormat.Markdown));

        Assert.StartsWith("# 绩效自评退回修改通知", text, StringComparison.Ordinal);
        Assert.Contains("现退回修改", text, StringComparison.Ordinal);
        Assert.Contains("【错误】重点项目第 1 项「", text, StringComparison.Ordinal);
        Assert.DoesNotContain("【提示】", text, StringComparison.Ordinal);
    }

    [Fact]
    public void FieldNames_ATasksIndicator_NamesTheTasksKeyIndicator()
    {
        var (evaluation, _) = Inputs.Sample("qinghe-justice-2025");
        var task = evaluation.Tasks[3];

        var name = Review.FieldNames.Of("tasks[3].indicators[0].actual", evaluation);

        Assert.Equal($"重点工作任务第 4 项「{task.Name}」的关键指标第 1 项「{task.Indicators[0].Name}」的实际值", name);
        Assert.DoesNotContain(evaluation.Indicators[0].Name, name, StringComparison.Ordinal);
    }
}
