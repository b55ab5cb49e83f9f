namespace Jixiao.Import.Tests.Extraction;

/// <summary>
/// A list read from a form whose rows did not join into a table (LibreOffice Writer/Web pads a table's rows so far apart
/// that each prints alone): what cannot be read whole is left unread, never counted as fewer items.
/// </summary>
public sealed class CutListsTests
{
    private static Domain.Model.Evaluation Extract(string text) => ReportExtractor.Extract(text, new ExtractionOptions()).Evaluation!;

    [Fact]
    public void Extract_GoalsGoingOnInATable_LeavesTheGoalsUnread()
    {
        // The goals' cell printed beside the completion cell: from the second goal on, its lines stand in rows of two
        // columns, parted by a tab (written ⇥ here).
        var evaluation = Extract("""
            预期目标
            一、守住森林草原防火底线，
            全年不发生重大森林草原火灾
            二、推进国土绿化和⇥全年未发生重大森林草原火灾，
            退化林修复⇥完成人工造林3260亩、封山育林
            三、加强自然保护地⇥5400亩，巡护实现网格化管理。
            监管和资源监测⇥部门整体绩效目标全面完成。
            """.Replace('⇥', '\t'));

        Assert.Empty(evaluation.Goals);
    }

    [Fact]
    public void Extract_GoalsAllInParagraphs_ReadsEachGoal()
    {
        var evaluation = Extract("""
            预期目标
            一、守住森林草原防火底线，全年不发生重大森林草原火灾
            二、推进国土绿化和退化林修复
            三、加强自然保护地监管和资源监测
            """);

        Assert.Equal(3, evaluation.Goals.Count);
    }

    [Fact]
    public void Extract_ImprovementsWhoseFirstItemStandsBeforeTheirLabel_LeavesThemUnread()
    {
        // The label was set in the middle of its tall cell: the first remedy printed above it, and what follows the label
        // is the rest of the cell and the form's notes, numbered from 2.
        var evaluation = Extract("""
            一是在造林前开展立地条件调查，按地块选择适生树种；
            改进措施
            二是在偏远乡镇增设防火物资储备点；三是合理设定关键指标值。
            注：1. 本表金额单位为万元。
            2. 重点项目指预算金额在500万元以上的项目。
            """);

        Assert.Empty(evaluation.Improvements);
    }

    [Fact]
    public void Extract_GoalsLabelBrokenOverTwoRows_ReadsTheGoalsUnderIt()
    {
        // 「年度目标」 over 「预期目标」: the second line of the label is no goal.
        var evaluation = Extract("""
            <table>
            <tr><td>年度目标</td><td>目标完成情况</td></tr>
            <tr><td>预期目标</td><td>全年未发生重大森林草原火灾。</td></tr>
            <tr><td>1. 守住森林草原防火底线<br>2. 推进国土绿化和退化林修复</td><td></td></tr>
            </table>
            """);

        Assert.Equal(["守住森林草原防火底线", "推进国土绿化和退化林修复"], evaluation.Goals);
    }

    [Fact]
    public void Extract_GoalsLabelOverItsSecondLineOnly_LeavesTheGoalsUnread()
    {
        var evaluation = Extract("""
            <table>
            <tr><td>年度目标</td><td>目标完成情况</td></tr>
            <tr><td>预期目标</td><td>全年未发生重大森林草原火灾。</td></tr>
            </table>
            """);

        Assert.Empty(evaluation.Goals);
    }
}
