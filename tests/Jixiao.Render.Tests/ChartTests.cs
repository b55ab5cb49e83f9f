using System.Text;

namespace Jixiao.Render.Tests;

public sealed class ChartTests
{
    [Fact]
    public void Report_WithCharts_ValidStableAndTwoPictures()
    {
        var (evaluation, framework) = Inputs.Sample("qinghe-justice-2025");

        var first = Render(evaluation, framework, RenderFormat.Docx);

        OpenXmlValid.Assert(first, RenderFormat.Docx);
        Assert.Equal(first, Render(evaluation, framework, RenderFormat.Docx));
        Assert.Equal(2, Inputs.Parts(first).Keys.Count(name => name.EndsWith(".png", StringComparison.Ordinal)));
    }

    [Fact]
    public void Html_WithCharts_InlineSvgWithCaptions()
    {
        var (evaluation, framework) = Inputs.Sample("qinghe-justice-2025");

        var html = Encoding.UTF8.GetString(Render(evaluation, framework, RenderFormat.Html));

        Assert.Equal(2, html.Split("<svg").Length - 1);
        Assert.Contains("<figcaption>各一级指标分值与得分</figcaption>", html, StringComparison.Ordinal);
    }

    private static byte[] Render(Domain.Model.Evaluation evaluation, Domain.Frameworks.Framework? framework, RenderFormat format)
    {
        using var output = new MemoryStream();
        Renderer.Write(evaluation, framework, RenderWhat.Report, format, output, Inputs.Clock, charts: true);
        return output.ToArray();
    }
}
