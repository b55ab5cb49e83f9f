using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Jixiao.Domain.Frameworks;
using Jixiao.Render.Scores;

namespace Jixiao.Render.Tests;

public sealed class ScoreSheetTests
{
    [Fact]
    public void Of_Sample_LeavesSubtotalsPartsAndTotalInTheFrameworksOrder()
    {
        var (evaluation, framework) = Inputs.Sample("qinghe-justice-2025");

        var sheet = ScoreSheet.Of(evaluation, framework!)!;

        Assert.Equal(evaluation.Computed!.Indicators.Count, sheet.Rows.Count(row => row.Kind == ScoreRowKind.Leaf));
        Assert.Equal(["履职效能", "管理效率"], sheet.Rows.Where(row => row.Kind == ScoreRowKind.Part).Select(row => row.Level1));
        var total = sheet.Rows[^1];
        Assert.Equal((ScoreRowKind.Total, 100m, 98.32m), (total.Kind, total.Weight, total.Score));
        Assert.Equal("优", sheet.GradeText);
    }

    [Fact]
    public void Of_Sample_EachLevelNameCoversItsRun()
    {
        var (evaluation, framework) = Inputs.Sample("qinghe-justice-2025");

        var rows = ScoreSheet.Of(evaluation, framework!)!.Rows.Where(row => row.Kind is ScoreRowKind.Leaf or ScoreRowKind.Subtotal).ToList();

        // A name's first row counts the rows below it that share it; those rows count 0, so the counts add up to the rows.
        Assert.Equal(rows.Count, rows.Sum(row => row.Level1Rows));
        Assert.Equal(rows.Count, rows.Sum(row => row.Level2Rows));
        var first = rows.Single(row => row.Level2 == "产出" && row.Level2Rows > 0);
        Assert.Equal(5, first.Level2Rows); // four leaves and their 小计
        Assert.Equal(ScoreRowKind.Subtotal, rows[rows.IndexOf(first) + 4].Kind);
    }

    [Fact]
    public void Of_Unscored_IsNull()
    {
        var (evaluation, _) = Inputs.Sample("qinghe-justice-2025");

        Assert.Null(ScoreSheet.Of(evaluation with { Computed = null }, FrameworkCatalog.BuiltIn.All[0]));
    }

    [Fact]
    public void Xlsx_Sample_FormatsFrozenHeaderAndA4()
    {
        var (evaluation, framework) = Inputs.Sample("qinghe-justice-2025");
        using var stream = new MemoryStream(Inputs.Render(evaluation, framework, RenderWhat.Scores, RenderFormat.Xlsx));
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;

        Assert.Equal(["评分表", "复核发现"], workbook.Workbook.Sheets!.Elements<Sheet>().Select(sheet => sheet.Name!.Value));
        var sheet = workbook.WorksheetParts.First(part => workbook.GetIdOfPart(part) == "rIdSheet1").Worksheet;
        var pane = sheet.Descendants<Pane>().Single();
        Assert.Equal((3d, "A4", PaneStateValues.Frozen), (pane.VerticalSplit!.Value, pane.TopLeftCell!.Value, pane.State!.Value));
        var setup = sheet.Descendants<PageSetup>().Single();
        Assert.Equal((9u, OrientationValues.Landscape), (setup.PaperSize!.Value, setup.Orientation!.Value));
        Assert.Contains(workbook.Workbook.DefinedNames!.Elements<DefinedName>(), name => name.Name == "_xlnm.Print_Titles" && name.Text == "'评分表'!$3:$3");

        // The header row is bold; 分值 and 得分 show 0.00, 得分率 0.00% (built-in formats 2 and 10).
        var formats = workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var header = sheet.Descendants<Row>().Single(row => row.RowIndex! == 3u).Elements<Cell>().First();
        Assert.Equal(1u, formats[(int)header.StyleIndex!.Value].FontId!.Value);
        var leaf = sheet.Descendants<Row>().Single(row => row.RowIndex! == 4u).Elements<Cell>().ToList();
        Assert.Equal(2u, formats[(int)leaf[4].StyleIndex!.Value].NumberFormatId!.Value);
        Assert.Equal(10u, formats[(int)leaf[5].StyleIndex!.Value].NumberFormatId!.Value);
        Assert.Equal("0.988", leaf[5].CellValue!.Text);
    }
}
