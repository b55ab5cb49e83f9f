namespace Jixiao.Import.Tests.Forms;

/// <summary>
/// A department's self-evaluation table whose budget is printed as label → value cells (「年初预算收入 | 2150.00」), as a
/// converter flattens it to one cell a paragraph (a Word file with the table's cells as paragraphs, a PDF viewer's
/// copy): the same figures as from the table itself.
/// </summary>
public sealed class FlattenedFormTests
{
    /// <summary>A fictional county bureau's form, amounts in 万元.</summary>
    private static readonly string[][] s_grid =
    [
        ["部门整体支出绩效自评表", "", "", "", "", "", "", ""],
        ["金额单位：万元", "", "", "", "", "", "", ""],
        ["部门名称", "青石县统计局", "", "", "被评价年度", "2024年", "", ""],
        ["部门资金情况", "年初预算收入", "2150.00", "调整预算收入", "2316.40", "年度预算调整数", "166.40", ""],
        ["", "实际支出数", "2290.75", "预算完成率", "98.89%", "预算调整率", "7.74%", ""],
        ["", "其中：一般公共预算", "2210.75", "其他资金", "80.00", "", "", ""],
        ["年度目标", "部门整体支出的预期目标", "", "", "部门整体支出的目标完成情况", "", "", ""],
        ["", "完成年度统计调查任务，数据按期报送。", "", "", "各项调查按期完成，数据质量抽查合格。", "", "", ""],
        ["自评得分", "94.6", "", "", "自评等级", "优", "", ""],
    ];

    [Theory]
    [InlineData("pipes")]
    [InlineData("cell-per-line")]
    public void Extract_LabelValueForm_TableOrOneCellALine_SameFigures(string layout)
    {
        var result = ReportExtractor.Extract(Layouts.Print(layout, s_grid), new ExtractionOptions());

        var evaluation = result.Evaluation!;
        var budget = evaluation.Budget!;
        Assert.Equal(
            (2150.00m, 2316.40m, 166.40m, 2290.75m, 98.89m, 7.74m),
            (budget.Initial, budget.Adjusted, budget.Adjustment, budget.Actual, budget.ExecutionRate, budget.AdjustmentRate));
        Assert.Equal(2210.75m, budget.BySource["一般公共预算"]);
        Assert.Equal(80.00m, budget.BySource["其他资金"]);
        Assert.Equal("万元", evaluation.Unit);
        Assert.Equal(94.6m, evaluation.Score?.Total);
    }

    [Fact]
    public void Extract_LabelBeforeTwoNumbers_OneCellALine_NamesNeither()
    {
        // 「年初预算收入」 over two numbers (two years side by side): which one is the label's is not known.
        string[][] grid = [["部门整体支出绩效自评表", ""], ["金额单位：万元", ""], ["部门名称", "青石县统计局"], ["年初预算收入", "2150.00"], ["1980.00", ""]];

        var result = ReportExtractor.Extract(Layouts.Print("cell-per-line", grid), new ExtractionOptions());

        Assert.Null(result.Evaluation!.Budget?.Initial);
    }

    [Fact]
    public void Extract_NameCellWrappedAroundItsLabel_TheYearBesideTheLabelIsNoDepartment()
    {
        // A narrow table printed without rules: the name wraps over the lines above and below its label, so the
        // label's own line holds the next cells' year (as a PDF's text gives it, a tab between cells).
        var text = "部门整体支出绩效自评表\n\n金额单位：万元\n\n\t青石县统计\t被评价年\n部门名称\t2024年\n\t局\t度\n";

        var evaluation = ReportExtractor.Extract(text, new ExtractionOptions()).Evaluation!;

        Assert.Equal(Domain.Model.EvaluationKind.Department, evaluation.Kind);
        Assert.NotEqual("2024年", evaluation.Department);
    }

    [Fact]
    public void Extract_ProjectFormAsWordsWithTheBlanksAtItsWrapsLost_EachValueEndsBeforeTheNextLabel()
    {
        // A form printed as one paragraph of words and wrapped by a browser: joining the wrapped lines took away the blank
        // between the project's name and 主管部门, and between the grid's unit and its first column.
        var text = "项目支出绩效自评表 （2024年度） 项目名称 青石县乡村道路养护工程主管部门 青石县交通运输局 实施单位 青石县公路养护中心 "
            + "项目资金 （万元）年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额 300.00 280.00 266.00 10 95.00% 9.5\n";

        var evaluation = ReportExtractor.Extract(text, new ExtractionOptions()).Evaluation!;

        Assert.Equal(("青石县乡村道路养护工程", "青石县交通运输局"), (evaluation.Project?.Name, evaluation.Project?.Supervisor));
        Assert.Equal("万元", evaluation.Unit);
        Assert.Equal((300.00m, 280.00m, 266.00m), (evaluation.Budget?.Initial, evaluation.Budget?.Adjusted, evaluation.Budget?.Actual));
    }
}
