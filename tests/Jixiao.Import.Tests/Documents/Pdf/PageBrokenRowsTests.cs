using System.Globalization;

namespace Jixiao.Import.Tests.Documents.Pdf;

/// <summary>
/// Rows of a table printed without rules that wkhtmltopdf breaks over a page: the rest of the broken row and the rows after
/// it at the top of the next page are the same table's, though it prints no top margin there and may leave more room under
/// the broken row than the rows' padding.
/// </summary>
public sealed class PageBrokenRowsTests
{
    [Fact]
    public void Read_WkhtmltopdfRowsUnderARowThePageBroke_RowsOfTheTable()
    {
        // The task's goal, two letters a line, runs over the page; its short cells, centred, all print on the next page, and
        // wkhtmltopdf leaves three letters' room under the goal's last line: the indicator rows under it are still the task's.
        var html = ChromiumPdf.Page(HtmlPrinter.PandocStyle, "<p>青禾县水务局2024年度部门整体支出绩效自评表</p>"
            + string.Concat(Enumerable.Range(1, 15).Select(i => string.Create(CultureInfo.InvariantCulture, $"<p>第{i}段：本局按照年度工作安排推进各项工作，落实预算绩效管理要求，加强资金使用监督。</p>")))
            + "<table><colgroup>"
            + string.Concat(((int[])[22, 6, 4, 31, 18, 15]).Select(width => string.Create(CultureInfo.InvariantCulture, $"<col style='width:{width}%'>")))
            + "</colgroup><tr><td>重点任务</td><td>预期目标</td><td>完成情况</td><td>关键指标</td><td>指标完成情况</td><td>任务涉及资金</td></tr>"
            + "<tr><td>任务1</td><td>健全农村供水工程管护机制，开展老旧管网更新改造，推进城乡供水一体化建设，保障群众饮水安全。</td>"
            + "<td>完成管网更新改造，供水保障能力明显提升。</td><td>管网更新长度</td><td>38公里</td><td>412.60</td></tr>"
            + "<tr><td></td><td></td><td></td><td>供水工程验收合格率</td><td>100%</td><td></td></tr>"
            + "<tr><td></td><td></td><td></td><td>农村自来水普及率</td><td>97.2%</td><td></td></tr></table>"
            + "<p>说明：以上数据来自年度决算。</p>");

        var text = ChromiumPdf.Read(WkhtmltopdfPdf.Print(html));

        Assert.Contains("<td>供水工程验收合格率</td><td>100%</td>", text, StringComparison.Ordinal);
        Assert.Contains("<td>农村自来水普及率</td><td>97.2%</td>", text, StringComparison.Ordinal);
        Assert.Contains("推进城乡供水一体化建设，保障群众饮水安全。</td>", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WkhtmltopdfRowBrokenWhereItsCentredCellsStartTheNextPage_OneRow()
    {
        // The reasons, three letters a line, start the row high on the page; the indicator's name, three lines, starts on
        // its last line; the cells of one or two lines, centred, all start the next page at its top: one row, not two.
        var row = (string[] cells) => "<tr>" + string.Concat(cells.Select(cell => "<td>" + cell + "</td>")) + "</tr>";
        var html = ChromiumPdf.Page(HtmlPrinter.PandocStyle, "<p>青禾县水务局项目支出绩效自评表</p>"
            + string.Concat(Enumerable.Range(0, 14).Select(i => string.Create(CultureInfo.InvariantCulture, $"<p>第{i}段：本局按照年度工作安排推进各项工作，落实预算绩效管理要求，加强资金使用监督。</p>")))
            + "<div style='height:40px'></div><table><colgroup>" + string.Concat(Enumerable.Repeat("<col style='width:12%'>", 8)) + "</colgroup>"
            + row(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"])
            + row(["产出指标", "数量指标", "管网更新改造长度", "≥40公里", "38公里", "10", "9.5",
                "2处管段因沿线道路施工计划调整顺延至下年度实施，已列入下年度改造计划，下年度加强与交通部门的工期衔接，及早办理道路开挖许可，确保按期完工"])
            + row(["", "质量指标", "工程验收合格率", "100%", "100%", "10", "10", ""])
            + row(["效益指标", "社会效益指标", "受益农村人口", "≥6万人", "6.2万人", "20", "20", ""])
            + "</table><p>说明：以上数据来自年度决算。</p>");

        var text = ChromiumPdf.Read(WkhtmltopdfPdf.Print(html));

        Assert.Contains("<td>产出指标</td><td>数量指标</td><td>管网更新改造长度</td><td>≥40公里</td><td>38公里</td><td>10</td><td>9.5</td><td>2处管段", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WkhtmltopdfLabelCentredBesideACellThePageBroke_OneRow()
    {
        // The key project's text, four letters a line in a narrow column, runs over the page; its label, centred in the row,
        // prints at the top of the next page beside the text's rest, as a new row's label would: one row, not two.
        var row = (string[] cells) => "<tr>" + string.Concat(cells.Select(cell => "<td>" + cell + "</td>")) + "</tr>";
        var html = ChromiumPdf.Page(HtmlPrinter.PandocStyle, "<p>青禾县水务局2024年度部门整体支出绩效自评表</p><div style='height:690px'></div><table><colgroup>"
            + string.Concat(((int[])[22, 6, 4, 31, 18, 15]).Select(width => string.Create(CultureInfo.InvariantCulture, $"<col style='width:{width}%'>")))
            + "</colgroup>" + row(["重点任务", "预期目标", "完成情况", "关键指标", "指标完成情况", "任务涉及资金"])
            + row(["任务1", "保障农村饮水安全。", "全面完成。", "管网更新长度", "38公里", "412.60"])
            + row(["", "", "", "农村自来水普及率", "97.2%", ""])
            + row(["重点项目绩效情况", "", "青禾县农村饮水安全巩固提升工程<br>项目年度预算860.00万元，全年支出842.50万元，执行率97.97%。<br>主要绩效："
                + "（1）工程建设情况。全年完成老旧管网更新38公里，新建加压泵站4座。（2）水质保障情况。农村集中供水工程水质检测合格率达到96.5%。"
                + "（3）群众满意度。委托第三方开展问卷调查，群众满意度为93.5%。", "", "", ""])
            + "</table><p>说明：以上数据来自年度决算。</p>");

        var text = ChromiumPdf.Read(WkhtmltopdfPdf.Print(html));

        Assert.Contains("<td>重点项目绩效情况</td><td></td><td>青禾县农村饮水安全巩固提升工程<br>", text, StringComparison.Ordinal);
        Assert.Contains("（1）工程建设情况。全年完成老旧管网更新38公里", text, StringComparison.Ordinal);
    }
}
