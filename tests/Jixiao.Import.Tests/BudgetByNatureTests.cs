using Jixiao.Domain.Model;

namespace Jixiao.Import.Tests;

/// <summary>A department's budget by nature, read with its three columns into budget.byNature, the actuals still as budget.basic and friends.</summary>
public class BudgetByNatureTests
{
    private static readonly ExtractionOptions s_withProvenance = new() { Provenance = true };

    private static ExtractionResult Extract(string text) => ReportExtractor.Extract(text, s_withProvenance);

    private static (string, decimal?, decimal?, decimal?)[] Lines(Evaluation evaluation) =>
        [.. evaluation.Budget!.ByNature.Select(line => (line.Name, line.Initial, line.Adjusted, line.Actual))];

    [Fact]
    public void Extract_PipeTableByNature_FillsEveryColumn()
    {
        // A fictional 区档案馆: 人员支出 is printed for 人员经费.
        var result = Extract("""
            枫桥区档案馆2024年度部门整体支出绩效自评报告

            | 项目 | 年初预算数（万元） | 全年预算数（万元） | 执行数（万元） |
            |---|---|---|---|
            | 合计 | 820.00 | 865.40 | 851.26 |
            | 一、基本支出 | 610.00 | 633.10 | 630.85 |
            | 其中：人员支出 | 520.00 | 541.30 | 540.12 |
            | 公用经费 | 90.00 | 91.80 | 90.73 |
            | 二、项目支出 | 210.00 | 232.30 | 220.41 |
            """);

        var evaluation = result.Evaluation!;
        Assert.Equal(
            [("基本支出", 610.00m, 633.10m, 630.85m), ("人员经费", 520.00m, 541.30m, 540.12m), ("公用经费", 90.00m, 91.80m, 90.73m), ("项目支出", 210.00m, 232.30m, 220.41m)],
            Lines(evaluation));
        Assert.Equal((630.85m, 540.12m, 90.73m, 220.41m), (evaluation.Budget!.Basic, evaluation.Budget.Personnel, evaluation.Budget.PublicFunds, evaluation.Budget.Project));
        Assert.Contains("budget.byNature.公用经费.adjusted", evaluation.Provenance!.Keys);
        Assert.DoesNotContain(evaluation.Findings, finding => finding.Code is "JX-A002" or "JX-A003");
    }

    [Fact]
    public void Extract_ColumnThatDoesNotAddUp_IsReportedOnItsLine()
    {
        // 年初预算数: 610.00 + 200.00 = 810.00 against a total of 820.00.
        var result = Extract("""
            枫桥区档案馆2024年度部门整体支出绩效自评报告

            | 项目 | 年初预算数（万元） | 全年预算数（万元） | 执行数（万元） |
            |---|---|---|---|
            | 合计 | 820.00 | 865.40 | 851.26 |
            | 一、基本支出 | 610.00 | 633.10 | 630.85 |
            | 其中：人员经费 | 520.00 | 541.30 | 540.12 |
            | 公用经费 | 90.00 | 91.80 | 90.73 |
            | 二、项目支出 | 200.00 | 232.30 | 220.41 |
            """);

        var finding = Assert.Single(result.Evaluation!.Findings, finding => finding.Code == "JX-A002");
        Assert.Equal("budget.byNature[3].initial", finding.Field);
        Assert.StartsWith("基本支出与项目支出的年初预算数合计 810.00 万元（基本支出 610.00 + 项目支出 200.00），与年初预算数 820.00 万元 相差 10.00 万元", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_RowWrappedAfterItsFirstNumber_LabelTakesNotThatNumber()
    {
        // Two rows of a table printed as text run together and wrapped (a browser's PDF of a paragraph holding them): 人员经费's
        // line ends with its 年初预算数, its 全年预算数 and 执行数 start the next. 520.00 is not what 人员经费 was spent.
        var evaluation = Extract("""
            枫桥区档案馆2024年度部门整体支出绩效自评报告

            项目 年初预算数 调整后预算数 决算数

            （万元） （万元） （万元）

            本年支出合计 820.00 865.40 851.26

            一、基本支出 610.00 633.10 630.85 人员经费 520.00
            541.30 540.12

            公用经费 90.00 91.80 90.73
            """).Evaluation!;

        Assert.Null(evaluation.Budget?.Personnel);
    }

    [Fact]
    public void Extract_Seed002_ReadsItsTableByNatureInThreeColumns()
    {
        // The PDF table of 002 flattened to one line a row: 「一、基本支出 6,777.42 6,759.56 6,756.71」.
        var evaluation = Extract(File.ReadAllText(Path.Combine(RepoPaths.Seeds, "002_541c9492cc78057a.txt"))).Evaluation!;

        Assert.Equal(
            [("基本支出", 6777.42m, 6759.56m, 6756.71m), ("人员经费", 6373.21m, 6226.67m, 6225.01m), ("公用经费", 404.21m, 532.88m, 531.70m), ("项目支出", 3505.9m, 3432.92m, 3349.08m)],
            Lines(evaluation));
        Assert.DoesNotContain(evaluation.Findings, finding => finding.Code is "JX-A002" or "JX-A003");
    }

    [Fact]
    public void Extract_NatureTableWithActualsOnly_GivesLinesWithTheActual()
    {
        var evaluation = Extract("""
            枫桥区档案馆2024年度部门整体支出绩效自评报告

            | 支出性质 | 决算数（万元） | 占比 |
            |---|---|---|
            | 基本支出 | 630.85 | 74.11% |
            | 项目支出 | 220.41 | 25.89% |
            | 合计 | 851.26 | 100% |
            """).Evaluation!;

        Assert.Equal([("基本支出", null, null, 630.85m), ("项目支出", null, null, 220.41m)], Lines(evaluation));
        Assert.Equal(630.85m, evaluation.Budget!.Basic);
    }
}
