using System.Globalization;

namespace Jixiao.Import.Tests.Documents.Pdf;

/// <summary>
/// Cells side by side that wkhtmltopdf prints at other heights: it centres each cell's lines in its row, so a label wrapped
/// to two lines stands half a line above and below the amount beside it, and the lines of cells merged down several rows
/// stand across the padding between the rows beside them.
/// </summary>
public sealed class SideBySideCellsTests
{
    [Fact]
    public void Read_WkhtmltopdfLabelsOnTwoLinesBesideAmountsOnOne_AmountsAndLabelsInColumnsApart()
    {
        // Each amount is one line and each label right of it two: no printed line holds both, and the goals merged over
        // their columns run across the gutter between them. The amount and the label are still two columns.
        var html = ChromiumPdf.Page(HtmlPrinter.PandocStyle, "<p>青禾县水务局2024年度部门整体支出绩效自评表</p><p>金额单位：万元</p><table><colgroup>"
            + string.Concat(((int[])[6, 25, 12, 12, 12, 17, 16]).Select(width => string.Create(CultureInfo.InvariantCulture, $"<col style='width:{width}%'>")))
            + "</colgroup>"
            + "<tr><td>部门名称</td><td colspan='3'>青禾县水务局</td><td>被评价年度</td><td colspan='2'>2024年</td></tr>"
            + "<tr><td rowspan='3'>部门资金情况</td><td>年初预算收入</td><td>3105.20</td><td>调整预算收入</td><td>3260.00</td><td>年度预算调整数</td><td>154.80</td></tr>"
            + "<tr><td>实际支出数</td><td>3244.16</td><td>预算完成率</td><td>99.51%</td><td>预算调整率</td><td>4.99%</td></tr>"
            + "<tr><td>其中：一般公共预算</td><td>3180.16</td><td>其他资金收入</td><td>64.00</td><td></td><td></td></tr>"
            + "<tr><td rowspan='2'>年度目标</td><td colspan='3'>部门整体支出的预期目标</td><td colspan='3'>部门整体支出的目标完成情况</td></tr>"
            + "<tr><td colspan='3'>1.完成全县农村供水工程维修养护，保障农村人口饮水安全；<br>2.建立工程长效管护机制。</td>"
            + "<td colspan='3'>全年完成维修养护工程一百一十二处，受益农村人口七万九千人，县级管护办法已经出台。</td></tr></table>");

        var text = ChromiumPdf.Read(WkhtmltopdfPdf.Print(html));

        Assert.Contains("<td>调整预算收入", text, StringComparison.Ordinal);
        Assert.DoesNotContain("调整预3105.20", text, StringComparison.Ordinal);
        Assert.Contains("<td>3105.20", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_WkhtmltopdfTasksMergedDownTheirIndicatorRows_OneIndicatorALine()
    {
        // A task's name, content and funds merged down its indicators' rows print their lines across the padding between
        // those rows: the PDF shows no row line there, and each indicator's cells come as one line of a taller cell.
        var html = ChromiumPdf.Page(HtmlPrinter.PandocStyle, "<p>青禾县水务局2024年度部门整体支出绩效自评表</p><table><colgroup>"
            + string.Concat(((int[])[8, 20, 13, 14, 15, 10, 10, 10]).Select(width => string.Create(CultureInfo.InvariantCulture, $"<col style='width:{width}%'>")))
            + "</colgroup><tr><td>重点工作任务</td><td>主要实施内容</td><td>预期目标</td><td>目标完成情况</td><td>关键指标</td><td>指标值</td><td>实际值</td><td>任务涉及资金</td></tr>"
            + "<tr><td rowspan='2'>供水保障</td><td rowspan='2'>组织施工队伍对全县农村集中供水工程开展维修养护和老化管网更换</td>"
            + "<td rowspan='2'>工程运行稳定，群众饮水安全有保障</td><td rowspan='2'>全年完成维修养护一百一十二处，未发生大面积停水事件</td>"
            + "<td>农村供水工程维修养护数量</td><td>≥120处</td><td>112处</td><td rowspan='2'>806.40</td></tr>"
            + "<tr><td>群众满意度</td><td>≥90%</td><td>93.5%</td></tr>"
            + "<tr><td rowspan='3'>水土保持</td><td rowspan='3'>开展坡耕地和侵蚀沟综合治理，组织生产建设项目水土保持监督检查</td>"
            + "<td rowspan='3'>水土流失面积持续减少，生态环境改善</td><td rowspan='3'>治理面积十二平方公里，检查项目四十个</td>"
            + "<td>综合治理面积</td><td>≥10平方公里</td><td>12平方公里</td><td rowspan='3'>215.30</td></tr>"
            + "<tr><td>生产建设项目监督检查覆盖率</td><td>100%</td><td>100%</td></tr>"
            + "<tr><td>治理工程验收合格率</td><td>≥95%</td><td>98%</td></tr></table>");

        var tasks = DocumentImporter.Import(WkhtmltopdfPdf.Print(html), "report.pdf", new ExtractionOptions()).Evaluation!.Tasks;

        Assert.Equal(["供水保障", "水土保持"], tasks.Select(task => task.Name));
        Assert.Equal(["农村供水工程维修养护数量", "群众满意度"], tasks[0].Indicators.Select(indicator => indicator.Name));
        Assert.Equal(["综合治理面积", "生产建设项目监督检查覆盖率", "治理工程验收合格率"], tasks[1].Indicators.Select(indicator => indicator.Name));
        Assert.Equal(["≥10平方公里", "100%", "≥95%"], tasks[1].Indicators.Select(indicator => indicator.Target));
        Assert.Equal(["12平方公里", "100%", "98%"], tasks[1].Indicators.Select(indicator => indicator.Actual));
        Assert.Equal(215.30m, tasks[1].Funds);
    }
}
