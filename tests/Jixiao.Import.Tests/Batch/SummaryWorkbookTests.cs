using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Jixiao.Import.Documents;
using Jixiao.Import.Tests.Documents.Fixtures;

namespace Jixiao.Import.Tests.Batch;

/// <summary>summary.xlsx checked cell by cell: its sheets, formats, frozen bold header, links, and that LibreOffice opens it.</summary>
public sealed partial class SummaryWorkbookTests : IDisposable
{
    private readonly TempDir _temp = new();
    private readonly string _output;

    public SummaryWorkbookTests()
    {
        var input = Directory.CreateDirectory(_temp.File("reports")).FullName;
        foreach (var report in (string[])["01_md_sichuan_jiaoyu_2023.txt", "05_score_hubei_shijian_2024.txt", "c05_tongchuan_tongji_2023.txt"])
        {
            File.Copy(Path.Combine(FactsFiles.Corpus, report), Path.Combine(input, report));
        }

        _output = _temp.File("out");
        var (exit, _, error) = InProcess.Run("import", input, "-o", _output);
        Assert.Equal((0, ""), (exit, error));
    }

    private string Summary => Path.Combine(_output, "summary.xlsx");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Summary_Sheets_InOrder()
    {
        using var document = SpreadsheetDocument.Open(Summary, false);

        Assert.Equal(["自评汇总", "文件清单", "问题清单", "汇总"], document.WorkbookPart!.Workbook.Descendants<Sheet>().Select(sheet => sheet.Name!.Value!));
    }

    [Fact]
    public void Summary_Header_BoldFrozenAndFiltered()
    {
        using var document = SpreadsheetDocument.Open(Summary, false);
        var sheet = SummaryReader.WorksheetOf(document, "自评汇总").Worksheet;
        var styles = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;

        var header = sheet.Descendants<Row>().First().Elements<Cell>().ToList();
        Assert.All(header, cell => Assert.NotNull(Font(styles, cell).Bold));
        var pane = sheet.Descendants<Pane>().Single();
        Assert.Equal((PaneStateValues.Frozen, "A2", 1d), (pane.State!.Value, pane.TopLeftCell!.Value, pane.VerticalSplit!.Value));
        Assert.StartsWith("A1:", sheet.Descendants<AutoFilter>().Single().Reference!.Value, StringComparison.Ordinal);
        Assert.Equal(OrientationValues.Landscape, sheet.Descendants<PageSetup>().Single().Orientation!.Value);
    }

    [Fact]
    public void Summary_Figures_AmountsAndRatesFormatted()
    {
        using var document = SpreadsheetDocument.Open(Summary, false);
        var (row, styles) = (MarketRow(document), document.WorkbookPart!.WorkbookStylesPart!.Stylesheet);

        Assert.Equal(("2860.00", "#,##0.00"), (row["全年预算数（万元）"].CellValue!.Text, Format(styles, row["全年预算数（万元）"])));
        Assert.Equal(("2502.50", "#,##0.00"), (row["执行数（万元）"].CellValue!.Text, Format(styles, row["执行数（万元）"])));
        Assert.Equal(0.875m, decimal.Parse(row["预算执行率"].CellValue!.Text, CultureInfo.InvariantCulture));
        Assert.Equal("0.00%", Format(styles, row["预算执行率"]));
        Assert.Equal(("86.35", "0.00"), (row["自评得分"].CellValue!.Text, Format(styles, row["自评得分"])));
        Assert.Equal(("部门整体", "良"), (row["类型"].InnerText, row["等级"].InnerText));
    }

    [Fact]
    public void Summary_Links_ToTheSourceFileAndItsJson()
    {
        using var document = SpreadsheetDocument.Open(Summary, false);
        var part = SummaryReader.WorksheetOf(document, "自评汇总");
        var row = MarketRow(document);

        Assert.Equal("../reports/05_score_hubei_shijian_2024.txt", Target(part, row["采用的文件"]));
        Assert.Equal("json/05_score_hubei_shijian_2024.txt.json", Target(part, row["JSON"]));
        Assert.True(File.Exists(Path.Combine(_output, "json", "05_score_hubei_shijian_2024.txt.json")));
    }

    [Fact]
    public void Summary_FindingsSheet_FieldsInChineseAndNoInterchangePaths()
    {
        var findings = SummaryReader.Sheet(Summary, "问题清单");

        Assert.NotEmpty(findings);
        Assert.Contains(findings, finding => finding["部门"] == "桐川市统计局" && finding["问题"].StartsWith("未识别到「绩效目标」", StringComparison.Ordinal));
        Assert.All(findings, finding => Assert.DoesNotMatch(InterchangePath(), finding["字段"] + " " + finding["问题"]));
        Assert.All(findings, finding => Assert.Contains(finding["级别"], (string[])["错误", "警告", "提示"]));
    }

    [Fact]
    public void Summary_TotalsSheet_CountsAndMean()
    {
        var rows = SummaryReader.Sheet(Summary, "汇总").Select(row => row.Values.ToList()).ToList();

        Assert.Contains(rows, row => row[0] == "文件总数" && row[1] == "3");
        Assert.Contains(rows, row => row[0] == "自评份数" && row[1] == "3");
        Assert.Contains(rows, row => row[0] == "平均自评得分");
        Assert.Contains(rows, row => row[0].StartsWith("预算执行率低于 90% 的自评", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Summary_OpensInLibreOffice()
    {
        Skip.If(Programs.Find("soffice") is null, "needs LibreOffice (scripts/system-packages.sh installs it)");
        var pdf = Directory.CreateDirectory(_temp.File("pdf")).FullName;

        Soffice.Convert([Summary], pdf, TimeSpan.FromMinutes(3));

        Assert.True(new FileInfo(Path.Combine(pdf, "summary.pdf")).Length > 1000);
    }

    private static Dictionary<string, Cell> MarketRow(SpreadsheetDocument document)
    {
        var rows = SummaryReader.WorksheetOf(document, "自评汇总").Worksheet.Descendants<Row>().ToList();
        var headers = rows[0].Elements<Cell>().Select(cell => cell.InnerText).ToList();
        var row = rows.Skip(1).Single(row => row.Elements<Cell>().Any(cell => cell.InnerText == "荆岚市市场监督管理局"));
        return row.Elements<Cell>().Select((cell, i) => (cell, i)).ToDictionary(pair => headers[pair.i], pair => pair.cell);
    }

    private static Font Font(Stylesheet styles, Cell cell) =>
        styles.Fonts!.Elements<Font>().ElementAt((int)styles.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0)).FontId!.Value);

    private static string Format(Stylesheet styles, Cell cell)
    {
        var id = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0)).NumberFormatId!.Value;
        return styles.NumberingFormats!.Elements<NumberingFormat>().Single(format => format.NumberFormatId!.Value == id).FormatCode!.Value!;
    }

    private static string Target(WorksheetPart part, Cell cell)
    {
        var link = part.Worksheet.Descendants<Hyperlink>().Single(link => link.Reference == cell.CellReference);
        return Uri.UnescapeDataString(part.HyperlinkRelationships.Single(relationship => relationship.Id == link.Id).Uri.OriginalString);
    }

    /// <summary>An interchange path: keyIndicators[3], budget.bySource, tasks[0].funds.</summary>
    [GeneratedRegex(@"[A-Za-z]+\[\d+\]|\b(budget|score|tasks|goals|keyProjects|keyIndicators|indicators)\.[A-Za-z]+")]
    private static partial Regex InterchangePath();
}
