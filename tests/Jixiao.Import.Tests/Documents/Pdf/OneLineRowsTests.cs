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
