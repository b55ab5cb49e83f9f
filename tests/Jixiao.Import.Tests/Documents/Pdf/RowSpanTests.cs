namespace Jixiao.Import.Tests.Documents.Pdf;

/// <summary>
/// A table printed without rules whose first column's cell is merged down several rows (rowspan) and set a letter a line:
/// the browser centres its letters across the rows, so they stand in the other columns' padding between the rows
/// (cells of two and three lines, taller than the letters, as in pandoc's forms).
/// </summary>
public sealed class RowSpanTests
{
    private const string Style = "<style>body{font-size:12pt} table{border-collapse:collapse} td{padding:0.125em 0.5em 0.25em} .v{width:1em}</style>";

    [Fact]
    public void Import_ChromiumFundsRowsUnderOneMergedLabel_EachRowsFigures()
    {
        var html = ChromiumPdf.Page(Style, "<p>部门整体支出绩效自评表</p><p>金额单位：万元</p><table>"
            + "<tr><td class='v'>部门名称</td><td colspan='2'>青禾县林业局</td><td>被评价<br>年度</td><td>2024年</td></tr>"
            + "<tr><td class='v' rowspan='3'>部门资金情况</td><td>年初预算<br>收入</td><td>1520.00</td><td>调整预<br>算收<br>入</td><td>1608.50</td></tr>"
            + "<tr><td>实际支出<br>数</td><td>1590.12</td><td>预算完成<br>率</td><td>98.86%</td></tr>"
            + "<tr><td>其中：一般<br>公共预算</td><td>1500.00</td><td>其他资金</td><td>90.12</td></tr>"
            + "<tr><td class='v'>自评得分</td><td>93.5</td><td></td><td>自评等级</td><td>优</td></tr></table>");

        var evaluation = DocumentImporter.Import(ChromiumPdf.Print(html), "form.pdf", new ExtractionOptions()).Evaluation!;

        // Read as one row, the three rows' labels and figures stood as three lines in each cell: no label had its figure.
        Assert.Equal("万元", evaluation.Unit);
        Assert.Equal(1520.00m, evaluation.Budget!.Initial);
        Assert.Equal(1608.50m, evaluation.Budget.Adjusted);
        Assert.Equal(1590.12m, evaluation.Budget.Actual);
        Assert.Equal(98.86m, evaluation.Budget.ExecutionRate);
        Assert.Equal(93.5m, evaluation.Score!.Total);
    }

    /// <summary>
    /// A project's form as pandoc writes it (ragged rows, so the columns are narrow and the labels wrap), amounts in 元: the
    /// funds label merged down the head row and three funds rows, and each 一级指标 merged down its 二级指标 rows. Centred
    /// across their rows, the labels' lines fall near the lines of other cells, at baselines of their own, and are read into
    /// those lines; a label's line going on from one row to the next stands beside the rows' padding.
    /// </summary>
    private const string ProjectForm = "<p>项目支出绩效自评表</p><p>（2024年度）</p><table>"
        + "<tr><td>项目名称</td><td colspan='6'>青禾县乡村道路养护专项资金</td></tr>"
        + "<tr><td>主管部门</td><td colspan='2'>青禾县交通运输局</td><td>实施单位</td><td colspan='3'>青禾县公路养护服务中心</td></tr>"
        + "<tr><td rowspan='4'>项目资金（元）</td><td></td><td>年初预算数</td><td>全年预算数</td><td>全年执行数</td><td>分值</td><td>执行率</td><td>得分</td></tr>"
        + "<tr><td>年度资金总额</td><td>2,150,000.00</td><td>2,380,000.00</td><td>2,311,456.80</td><td>10</td><td>97.12%</td><td>9.71</td></tr>"
        + "<tr><td>其中：当年财政拨款</td><td>2,150,000.00</td><td>2,380,000.00</td><td>2,311,456.80</td><td>—</td><td>—</td><td>—</td></tr>"
        + "<tr><td>其他资金</td><td>0.00</td><td>0.00</td><td>0.00</td><td>—</td><td>—</td><td>—</td></tr>"
        + "<tr><td rowspan='2'>年度总体目标</td><td colspan='3'>预期目标</td><td colspan='4'>实际完成情况</td></tr>"
        + "<tr><td colspan='3'>完成全县310公里乡村道路日常养护，路面完好率不低于90%。</td><td colspan='4'>全年完成乡村道路日常养护312公里，路面完好率92.4%。</td></tr>"
        + "<tr><td rowspan='7'>绩效指标</td><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td><td>分值</td><td>得分</td><td>偏差原因分析及改进措施</td></tr>"
        + "<tr><td rowspan='3'>产出指标</td><td>数量指标</td><td>乡村道路养护里程</td><td>≥300公里</td><td>312公里</td><td>20</td><td>20</td><td></td></tr>"
        + "<tr><td>质量指标</td><td>路面完好率指标</td><td>≥90%</td><td>92.4%</td><td>15</td><td>15</td><td></td></tr>"
        + "<tr><td>时效指标</td><td>养护任务完成时间</td><td>2024年11月底前</td><td>2024年11月26日</td><td>15</td><td>15</td><td></td></tr>"
        + "<tr><td rowspan='2'>效益指标</td><td>社会效益指标</td><td>村民出行条件改善情况</td><td>明显改善</td><td>基本达成</td><td>15</td><td>14</td><td>部分山区路段仍有积水</td></tr>"
        + "<tr><td>社会效益指标</td><td>道路事故数同比下降</td><td>≥10%</td><td>8%</td><td>15</td><td>12</td><td>冬季冰冻路段较多</td></tr>"
        + "<tr><td>满意度指标</td><td>服务对象满意度指标</td><td>沿线村民满意度</td><td>≥90%</td><td>93%</td><td>10</td><td>10</td><td></td></tr>"
        + "<tr><td colspan='5'>总分</td><td>100</td><td>96.71</td><td>自评等级：优</td></tr></table>";

    [Fact]
    public void Import_ChromiumFundsLabelCentredAcrossItsRows_EachFundsRowItsOwn()
    {
        // 「项目资」 stands a little above 「其」 of 其中：当年财政拨款 and is read into its line: the gap under 年度资金总额 is
        // taken without it, so the two funds rows stay apart and the amounts in 元 are read.
        var evaluation = DocumentImporter.Import(ChromiumPdf.Print(ChromiumPdf.Page(HtmlPrinter.PandocBlockTableStyle, ProjectForm)), "form.pdf", new ExtractionOptions()).Evaluation!;

        Assert.Equal("元", evaluation.Unit);
        Assert.Equal((215m, 238m, 231.14568m, 97.12m), (evaluation.Budget!.Initial, evaluation.Budget.Adjusted, evaluation.Budget.Actual, evaluation.Budget.ExecutionRate));
    }

    [Fact]
    public void Import_WkhtmltopdfLabelsCentredAcrossTheirRows_EachRowItsOwn()
    {
        // 产出指标 goes on at the line pitch from the 质量指标 row into the 时效指标 row, beside the rows' padding: a row
        // line all the same, and the label one cell over both rows.
        var evaluation = DocumentImporter.Import(WkhtmltopdfPdf.Print(ChromiumPdf.Page(HtmlPrinter.PandocBlockTableStyle, ProjectForm)), "form.pdf", new ExtractionOptions()).Evaluation!;

        Assert.Equal("元", evaluation.Unit);
        Assert.Equal((215m, 238m, 231.14568m, 97.12m), (evaluation.Budget!.Initial, evaluation.Budget.Adjusted, evaluation.Budget.Actual, evaluation.Budget.ExecutionRate));
        var quality = Assert.Single(evaluation.Indicators, indicator => indicator.Name == "路面完好率指标");
        Assert.Equal(["产出指标", "质量指标"], quality.Path.Take(2));
        var time = Assert.Single(evaluation.Indicators, indicator => indicator.Name == "养护任务完成时间");
        Assert.Equal(("2024年11月底前", "2024年11月26日", 15m, 15m), (time.Target, time.Actual, time.Weight, time.Score));
        Assert.Equal(96.71m, evaluation.Score!.Total);
    }

    [Theory]
    [InlineData(300)]
    [InlineData(320)]
    public void Import_ChromiumTotalAndGradeRowsAtAPageBreak_TotalIsTheScore(int spacer)
    {
        // The total's row and the grade's under it, each a row of its own, printed where the page breaks: the grade's at the
        // top of the next page (spacer 300; its label on two lines, 优 at their middle, as a cell centred in a row the page
        // broke would be), or both there (320; the total's line ends full width over the grade's label). Neither is one row
        // with the other, so the total is the score, 96.71, never the weights' 100.
        var form = ProjectForm.Replace("<tr><td colspan='5'>总分</td><td>100</td><td>96.71</td><td>自评等级：优</td></tr>",
            "<tr><td>总分</td><td colspan='5'></td><td>100</td><td>96.71</td><td></td></tr><tr><td>自评等级</td><td colspan='8'>优</td></tr>", StringComparison.Ordinal);
        var html = ChromiumPdf.Page(HtmlPrinter.PandocStyle, "<div style='height:" + spacer.ToString(System.Globalization.CultureInfo.InvariantCulture) + "px'></div>" + form);

        var score = DocumentImporter.Import(ChromiumPdf.Print(html), "form.pdf", new ExtractionOptions()).Evaluation!.Score!;

        Assert.Equal((96.71m, Jixiao.Domain.Model.Grade.Excellent), (score.Total, score.Grade));
    }
}
