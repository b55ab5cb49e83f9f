using DocumentFormat.OpenXml.Spreadsheet;
using Jixiao.Import.Documents.Excel;
using TextElement = DocumentFormat.OpenXml.Spreadsheet.Text;

namespace Jixiao.Import.Tests.Documents.Excel;

/// <summary>Each kind of cell shows the text Excel shows: strings, rich text, formula results, booleans, errors, dates.</summary>
public sealed class XlsxCellTests
{
    private static string Layout(TestWorkbook book)
    {
        using var stream = new MemoryStream(book.Save());
        return XlsxReader.Read(stream).Text;
    }

    [Fact]
    public void Read_RichTextWithPhoneticGuide_RunsJoinedGuideLeftOut()
    {
        var book = new TestWorkbook();
        book.Sheet("Sheet1")
            .Shared("A1", new SharedStringItem(
                new Run(new RunProperties(new Bold()), new TextElement("预算")),
                new Run(new TextElement("执行率")),
                new PhoneticRun(new TextElement("yusuan")) { BaseTextStartIndex = 0, EndingBaseIndex = 2 }))
            .Runs("B1", "99.", "98%");

        Assert.Equal("<table>\n<tr><td>预算执行率</td><td>99.98%</td></tr>\n</table>\n\n", Layout(book));
    }

    [Fact]
    public void Read_FormulaResultsBooleansAndErrors_AsShown()
    {
        var book = new TestWorkbook();
        var percent = book.Style(10u);
        book.Sheet("Sheet1")
            .Text("A1", "结果")
            .Formula("B1", "IF(C1>=90,\"优\",\"良\")", "优", type: CellValues.String)
            .Formula("C1", "SUM(D2:D9)", "92.500000000000014")
            .Formula("D1", "C1/100", null, percent)
            .Formula("E1", "VLOOKUP(A1,F:G,2,0)", "#N/A", type: CellValues.Error)
            .Boolean("F1", true)
            .Formula("G1", "D2/E2", "0.97499999999999998", percent)
            .InlineText("H1", "第一行_x000D_\n第二行");

        // D1 (never computed) and E1 (#N/A) show nothing: columns without text anywhere are left out.
        Assert.Equal("<table>\n<tr><td>结果</td><td>优</td><td>92.5</td><td>TRUE</td><td>97.50%</td><td>第一行<br>第二行</td></tr>\n</table>\n\n", Layout(book));
    }

    [Fact]
    public void Read_DatesAndTextNumbers_AsShown()
    {
        var book = new TestWorkbook();
        book.Sheet("Sheet1")
            .Text("A1", "填报日期").Number("B1", "45359", book.Style(14u)).Number("C1", "45359", book.Style("yyyy\"年\"m\"月\"d\"日\""))
            .Text("D1", "00123").Text("E1", "12.50").Number("F1", "45359", book.Style("0.00"));

        Assert.Contains("<tr><td>填报日期</td><td>2024年3月8日</td><td>2024年3月8日</td><td>00123</td><td>12.50</td><td>45359.00</td></tr>", Layout(book), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Date1904Workbook_CountsFrom1904()
    {
        var book = new TestWorkbook { Date1904 = true };
        book.Sheet("Sheet1").Text("A1", "日期").Number("B1", "43897", book.Style(14u));

        Assert.Contains("<td>2024年3月8日</td>", Layout(book), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HiddenRow_StillRead()
    {
        var book = new TestWorkbook();
        book.Sheet("Sheet1").Text("A1", "项目").Text("B1", "金额").Text("A2", "辅助行").Number("B2", 3.5).HideRow(2).Text("A3", "合计").Number("B3", 3.5);

        Assert.Contains("<tr><td>辅助行</td><td>3.5</td></tr>", Layout(book), StringComparison.Ordinal);
    }
}
