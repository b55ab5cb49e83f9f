namespace Jixiao.Import.Tests.Documents.Pdf;

/// <summary>
/// Tables a browser prints without rules, one line a row, as pandoc's HTML lays them out: cells padded half a letter, so
/// the gap after the widest cell of a column is narrower than a tab's, and an empty cell printed as nothing.
/// </summary>
public sealed class OneLineRowsTests
{
    private const string Style = "<style>body{font-size:12pt} table{border-collapse:collapse} th{padding:0.25em 0.5em} td{padding:0.125em 0.5em 0.25em}"
        + " .n{text-align:right}</style>";

    [Fact]
    public void Import_ChromiumNatureTableWithBlankShares_PersonnelAndPublicFundsRead()
    {
        var html = ChromiumPdf.Page(Style, "<p>青禾县水务局2024年度部门整体支出绩效自评报告</p><p>单位：万元</p><table>"
            + "<tr><th>支出性质</th><th class='n'>决算数</th><th class='n'>占比</th></tr>"
            + "<tr><td>基本支出</td><td class='n'>2,318.40</td><td class='n'>31.20%</td></tr>"
            + "<tr><td>其中：人员经费</td><td class='n'>1,977.15</td><td class='n'></td></tr>"
            + "<tr><td>　　　公用经费</td><td class='n'>341.25</td><td class='n'></td></tr>"
            + "<tr><td>项目支出</td><td class='n'>5,112.08</td><td class='n'>68.80%</td></tr>"
            + "<tr><td>合计</td><td class='n'>7,430.48</td><td class='n'>100.00%</td></tr></table>");
        var pdf = ChromiumPdf.Print(html);

        var budget = DocumentImporter.Import(pdf, "report.pdf", new ExtractionOptions()).Evaluation!.Budget!;

        // Without the blank share cell, 1,977.15 would be a row of two cells under a head of three: unread.
        Assert.Contains("其中：人员经费\t1,977.15\t", ChromiumPdf.Lines(pdf));
        Assert.Equal(1977.15m, budget.Personnel);
        Assert.Equal(341.25m, budget.PublicFunds);
        Assert.Equal(7430.48m, budget.Actual);
    }

    [Fact]
    public void Import_ChromiumTwoColumnTableUnitInItsHead_AmountsInThatUnit()
    {
        var html = ChromiumPdf.Page(Style, "<p>青禾县水务局2024年度部门整体支出绩效自评报告</p><p>本年度预算执行情况如下：</p><table>"
            + "<tr><th>项目</th><th>金额（万元）</th></tr>"
            + "<tr><td>年初预算</td><td>3,105.20</td></tr>"
            + "<tr><td>全年预算</td><td>3,260.00</td></tr>"
            + "<tr><td>实际支出</td><td>3,244.16</td></tr></table><p>全年预算执行率为99.51%。</p>");
        var pdf = ChromiumPdf.Print(html);

        var evaluation = DocumentImporter.Import(pdf, "report.pdf", new ExtractionOptions()).Evaluation!;

        // The label's cell is the widest of its column: the gap to the amount is one padding, narrower than a tab's.
        Assert.Contains("年初预算\t3,105.20", ChromiumPdf.Lines(pdf));
        Assert.Equal("万元", evaluation.Unit);
        Assert.Equal(3105.20m, evaluation.Budget!.Initial);
        Assert.Equal(3244.16m, evaluation.Budget.Actual);
    }

    [Fact]
    public void Import_ChromiumScoresTableHeadRuledAboveOverTwoPages_EveryIndicatorInItsPath()
    {
        // As pandoc's HTML looks: lines 1.5 letters high, cells padded a quarter letter above and below, the head set flush
        // left between rules, so its row is two rules taller than the rows under it: more than two letters above the first
        // row, and still the table's (its head in columns). The browser prints the head again over the rows on the second page;
        // the row under it, alike but for its digits to a row at the foot of the first page, is no running head.
        var style = "<style>body{font-size:12pt;line-height:1.5} table{border-collapse:separate;border-spacing:0}"
            + " th{border-top:1px solid #000;border-bottom:1px solid #000;text-align:left} th,td{padding:0.25em 0.5em}</style>";
        string[] parts = ["投入", "过程", "产出", "效果"];
        var rows = Enumerable.Range(0, 40).Select(i => "<tr><td>" + (i % 10 == 0 ? parts[i / 10] : "") + "</td><td>"
            + (i % 5 == 0 ? parts[i / 10] + (i % 10 == 0 ? "管理" : "资金使用效益") : "") + "</td><td>" + parts[i / 10] + "细项" + (i + 1) + "</td><td>2.5</td><td>2</td></tr>");
        var html = ChromiumPdf.Page(style, "<p>青禾县水务局2024年度部门整体支出绩效自评报告</p><p>表1 部门整体支出绩效评价指标得分表</p><table><thead>"
            + "<tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>分值</th><th>得分</th></tr></thead><tbody>" + string.Concat(rows)
            + "<tr><td>合计</td><td></td><td></td><td>100</td><td>80</td></tr></tbody></table>");
        var pdf = ChromiumPdf.Print(html);

        var indicators = DocumentImporter.Import(pdf, "report.pdf", new ExtractionOptions()).Evaluation!.Indicators;

        Assert.Equal(40, indicators.Count);
        Assert.Equal(["投入", "投入管理", "投入细项1"], indicators[0].Path.Append(indicators[0].Name).Take(3));
        Assert.Equal(["过程", "过程资金使用效益"], indicators[18].Path.Take(2));
        Assert.All(indicators, indicator => Assert.Equal(2m, indicator.Score));
        Assert.Equal(2, ChromiumPdf.Lines(pdf).Count(line => line == "一级指标\t二级指标\t三级指标\t分值\t得分"));
    }

    [Fact]
    public void Read_ChromiumListWithNumbersApart_NoTabs()
    {
        // Lines in columns apart but no column's gap anywhere (a numbered list set with a hanging number): no table.
        var html = ChromiumPdf.Page(Style, "<style>.l{display:flex;gap:0.8em}</style>"
            + "<div class='l'><span>1.</span><span>完善资金拨付流程。</span></div><div class='l'><span>2.</span><span>加强项目跟踪问效。</span></div>"
            + "<div class='l'><span>3.</span><span>健全绩效评价结果运用。</span></div>");

        var lines = ChromiumPdf.Lines(ChromiumPdf.Print(html));

        Assert.DoesNotContain(lines, line => line.Contains('\t', StringComparison.Ordinal));
    }
}
