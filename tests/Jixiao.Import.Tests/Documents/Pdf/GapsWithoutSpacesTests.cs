
namespace Jixiao.Import.Tests.Documents.Pdf;

/// <summary>
/// Some programs print no space letters at all: cairo (pdftocairo, and the many programs that print through cairo)
/// and WeasyPrint draw only what leaves ink, so a table's cells printed without rules are parted by their gap alone.
/// The same page must read the same whether the space letters are there (Chromium) or not (cairo's rewrite of it).
/// </summary>
public sealed class GapsWithoutSpacesTests
{
    private const string Style = "<style>body{font-family:'Noto Sans CJK SC','WenQuanYi Micro Hei',sans-serif;font-size:12pt;width:420pt}"
        + "table{border-collapse:collapse}td{padding:0 0.2em;vertical-align:top}</style>";

    private const string Table = "<table><tr><td>工作任务</td><td>任务绩效目标</td><td>实际完成情况</td></tr>"
        + "<tr><td>信息化建设</td><td>完成平台验收</td><td>已通过初步验收</td></tr></table>";

    /// <summary>Justified, so that its lines' gaps are stretched, all alike.</summary>
    private const string Justified = "<p style='text-align:justify'>根据年度计划安排，我局紧紧围绕部门职责，扎实推进各项工作：一是多措并举维护社会大局安全稳定；"
        + "二是深入开展综合治理、基层社会治理、重点整治，努力提升平安建设水平；三是加快推进信息化项目建设，提升部门间协同工作能力、办事效率和服务水平。</p>";

    [Fact]
    public void Read_CairoRewriteOfAChromiumPage_SameLinesAsTheOriginal()
    {
        var chromium = ChromiumPdf.Print(Page(Table + Justified + "<p style='letter-spacing:0.4em'>部门整体支出绩效自评报告</p>"));
        var cairo = Poppler.Rewrite(chromium);

        var lines = ChromiumPdf.Lines(cairo);

        Assert.Equal(ChromiumPdf.Lines(chromium), lines);
        Assert.Contains("工作任务 任务绩效目标 实际完成情况", lines);
        Assert.Contains("部门整体支出绩效自评报告", lines);
        Assert.DoesNotContain(lines, line => line.StartsWith("根据年度计划安排", StringComparison.Ordinal) && line.Contains(' ', StringComparison.Ordinal));
    }

    private static string Page(string body) => ChromiumPdf.Page(Style, body);
}
