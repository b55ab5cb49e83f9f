using System.Text;
using Jixiao.Import.Documents;
using DocumentFormat.OpenXml.Packaging;
using SkiaSharp;

namespace Jixiao.Render.Tests;

public sealed class ChartTests
{
    [Theory]
    [InlineData("qinghe-justice-2025")]
    [InlineData("beihu-emergency-2025")]
    public void Report_WithCharts_ValidStableAndEveryChart(string sample)
    {
        var (evaluation, framework) = Inputs.Sample(sample);

        var first = Render(evaluation, framework, RenderWhat.Report, RenderFormat.Docx);

        OpenXmlValid.Assert(first, RenderFormat.Docx);
        Assert.Equal(first, Render(evaluation, framework, RenderWhat.Report, RenderFormat.Docx));
        var charts = Charts.Charts.All(evaluation);
        Assert.True(charts.Count >= 3, $"{charts.Count} charts");
        Assert.Equal(charts.Count, Inputs.Parts(first).Keys.Count(name => name.EndsWith(".png", StringComparison.Ordinal)));
    }

    [Fact]
    public void Charts_Sample_BudgetByNaturePartsAndCompletion()
    {
        var (evaluation, _) = Inputs.Sample("qinghe-justice-2025");

        var descriptions = Charts.Charts.All(evaluation).Select(chart => chart.Description).ToList();

        Assert.Contains("预算及执行情况（万元）", descriptions);
        Assert.Contains("各一级指标分值与得分", descriptions);
        Assert.Contains("各三级指标完成情况（得分率）", descriptions);
        Assert.Equal(evaluation.Budget!.ByFunction.Count > 0, descriptions.Contains("按功能分类的预算及执行情况（万元）"));
    }

    [Fact]
    public void PngFile_Chart_DecodesToTheDrawnPixels()
    {
        var plot = new ScottPlot.Plot();
        plot.Add.Bars(new double[] { 3, 1, 2 });
        plot.Title("预算及执行情况");
        using var surface = SKSurface.Create(new SKImageInfo(400, 300, SKColorType.Rgba8888, SKAlphaType.Premul));
        plot.Render(surface);
        using var pixmap = surface.PeekPixels();
        var drawn = pixmap.GetPixelSpan().ToArray().Chunk(4).Select(pixel => new SKColor(pixel[0], pixel[1], pixel[2])).ToArray();

        using var decoded = SKBitmap.Decode(Charts.PngFile.Encode(pixmap));

        Assert.Equal((400, 300), (decoded.Width, decoded.Height));
        Assert.True(drawn.Distinct().Count() > 2, "a blank picture");
        Assert.Equal(drawn, decoded.Pixels);
    }

    [Fact]
    public void Html_WithCharts_InlineSvgWithCaptions()
    {
        var (evaluation, framework) = Inputs.Sample("qinghe-justice-2025");

        var html = Encoding.UTF8.GetString(Render(evaluation, framework, RenderWhat.Report, RenderFormat.Html));

        Assert.Equal(Charts.Charts.All(evaluation).Count, html.Split("<svg").Length - 1);
        Assert.Contains("<figcaption>各一级指标分值与得分</figcaption>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_XlsxWithCharts_ValidStableWithAChartSheetLibreOfficeOpens()
    {
        var (evaluation, framework) = Inputs.Sample("qinghe-justice-2025");

        var workbook = Render(evaluation, framework, RenderWhat.Table, RenderFormat.Xlsx);

        OpenXmlValid.Assert(workbook, RenderFormat.Xlsx);
        Assert.Equal(workbook, Render(evaluation, framework, RenderWhat.Table, RenderFormat.Xlsx));
        using (var document = SpreadsheetDocument.Open(new MemoryStream(workbook), isEditable: false))
        {
            var sheets = document.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(sheet => sheet.Name!.Value).ToList();
            Assert.Equal(["自评表", "统计图"], sheets);
        }

        Assert.Equal(Charts.Charts.All(evaluation).Count, Inputs.Parts(workbook).Keys.Count(name => name.EndsWith(".png", StringComparison.Ordinal)));
        var (pdf, problem) = LibreOffice.ToPdf(workbook, "xlsx", TimeSpan.FromMinutes(2));
        Assert.True(pdf is not null, problem);
    }

    private static byte[] Render(Domain.Model.Evaluation evaluation, Domain.Frameworks.Framework? framework, RenderWhat what, RenderFormat format)
    {
        using var output = new MemoryStream();
        Renderer.Write(evaluation, framework, what, format, output, Inputs.Clock, charts: true);
        return output.ToArray();
    }
}
