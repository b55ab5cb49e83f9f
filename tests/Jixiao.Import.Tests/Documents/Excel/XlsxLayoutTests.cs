using DocumentFormat.OpenXml.Spreadsheet;
using Jixiao.Import.Documents;
using Jixiao.Import.Documents.Excel;

namespace Jixiao.Import.Tests.Documents.Excel;

/// <summary>How a workbook is laid out for the pipeline: rows as table rows with aligned columns, titles and notes as lines.</summary>
public sealed class XlsxLayoutTests
{
    private static string Layout(TestWorkbook book)
    {
        using var stream = new MemoryStream(book.Save());
        return XlsxReader.Read(stream).Text;
    }

    [Fact]
    public void Read_MergedCellsAndEmptyColumns_RowsStayAligned()
    {
        // Row 6 is blank but inside the merged B4:B6, so the table goes on; columns A and F hold nothing.
        var book = new TestWorkbook();
        book.Sheet("自评表")
            .Text("B1", "部门整体支出绩效自评表").Merge("B1:E1")
            .Text("E2", "单位：万元")
            .Text("B3", "项目").Text("C3", "年初预算").Text("D3", "执行数").Text("E3", "备注")
            .Text("B4", "基本支出").Merge("B4:B6").Number("C4", 120.5).Number("D4", 118)
            .Number("C5", 30).Text("E5", "含结转")
            .Text("B7", "合计").Number("C7", 150.5).Number("D7", "148.00000000000003")
            .Text("B8", "注：本表由财务科填报。");

        var text = Layout(book);

        Assert.Equal("""
            部门整体支出绩效自评表
            单位：万元
            <table>
            <tr><td>项目</td><td>年初预算</td><td>执行数</td><td>备注</td></tr>
            <tr><td>基本支出</td><td>120.5</td><td>118</td><td></td></tr>
            <tr><td></td><td>30</td><td></td><td>含结转</td></tr>
            <tr><td>合计</td><td>150.5</td><td>148</td><td></td></tr>
            </table>
            注：本表由财务科填报。
            """ + "\n\n", text);
    }

    [Fact]
    public void Read_BlankRowBetweenTables_SeparatesThem()
    {
        var book = new TestWorkbook();
        book.Sheet("Sheet1")
            .Text("A1", "指标").Text("B1", "分值").Text("A2", "产出").Number("B2", 40)
            .Text("A4", "说明：本表据决算填列。")
            .Text("A6", "项目").Text("C6", "金额").Text("A7", "基本支出").Number("C7", 12.5);

        Assert.Equal("""
            <table>
            <tr><td>指标</td><td>分值</td></tr>
            <tr><td>产出</td><td>40</td></tr>
            </table>
            说明：本表据决算填列。
            <table>
            <tr><td>项目</td><td>金额</td></tr>
            <tr><td>基本支出</td><td>12.5</td></tr>
            </table>
            """ + "\n\n", Layout(book));
    }

    [Fact]
    public void Read_LastLabelLeftWithoutValue_StaysInTheTable()
    {
        var book = new TestWorkbook();
        book.Sheet("Sheet1")
            .Text("A1", "存在问题").Text("B1", "支出进度偏慢。").Merge("B1:D1")
            .Text("A2", "改进措施或下一步计划").Merge("B2:D2")
            .Text("A3", "注：重点项目指500万元以上项目。").Merge("A3:D3");

        Assert.Equal("""
            <table>
            <tr><td>存在问题</td><td>支出进度偏慢。</td></tr>
            <tr><td>改进措施或下一步计划</td><td></td></tr>
            </table>
            注：重点项目指500万元以上项目。
            """ + "\n\n", Layout(book));
    }

    [Fact]
    public void Read_ChapterTitleBelowTable_IsALineWithTheTextAfterIt()
    {
        // A report typed into a sheet (LibreOffice Calc opening its HTML): the next chapter's title follows the table's last row.
        var book = new TestWorkbook();
        book.Sheet("Sheet1")
            .Text("A1", "支出性质").Text("B1", "决算数")
            .Text("A2", "合计").Number("B2", 7443.47)
            .Text("A3", "三、部门整体支出绩效目标")
            .Text("A4", "城乡低保资金按时足额发放；");

        Assert.Equal("""
            <table>
            <tr><td>支出性质</td><td>决算数</td></tr>
            <tr><td>合计</td><td>7443.47</td></tr>
            </table>
            三、部门整体支出绩效目标
            城乡低保资金按时足额发放；
            """ + "\n\n", Layout(book));
    }

    [Fact]
    public void Read_LineBreakInCell_BecomesCellParagraphs()
    {
        var book = new TestWorkbook();
        book.Sheet("Sheet1").Text("A1", "年度目标").Text("B1", "一、维护稳定\n二、推进法治\r\n\n三、队伍建设");

        var text = Layout(book);

        Assert.Contains("<td>一、维护稳定<br>二、推进法治<br>三、队伍建设</td>", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TextThatLooksLikeMarkup_CannotBreakTheTable()
    {
        var book = new TestWorkbook();
        book.Sheet("Sheet1").Text("A1", "# 标题").Text("A2", "指标").Text("B2", "</td></tr><tr><td>伪造").Text("B3", "投诉率<5%");

        var text = Layout(book);

        Assert.Contains("＃ 标题\n", text, StringComparison.Ordinal);
        Assert.Contains("<td>﹤/td>﹤/tr>﹤tr>﹤td>伪造</td>", text, StringComparison.Ordinal);
        Assert.Contains("投诉率<5%", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HiddenSheetsSkipped_VisibleOnesInWorkbookOrder()
    {
        var book = new TestWorkbook();
        book.Sheet("第一张").Text("A1", "甲");
        book.Sheet("辅助", SheetStateValues.Hidden).Text("A1", "隐藏的辅助数据");
        book.Sheet("代码", SheetStateValues.VeryHidden).Text("A1", "深度隐藏");
        book.Sheet("第二张").Text("A1", "乙");

        Assert.Equal("甲\n\n乙\n\n", Layout(book));
    }

    [Fact]
    public void Read_OnlyHiddenSheetsHoldText_SaysSo()
    {
        var book = new TestWorkbook();
        book.Sheet("空白");
        book.Sheet("辅助", SheetStateValues.Hidden).Text("A1", "隐藏的辅助数据");

        var problem = Assert.Throws<DocumentProblem>(() => Layout(book));

        Assert.Contains("隐藏", problem.Message, StringComparison.Ordinal);
    }
}
