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
}
