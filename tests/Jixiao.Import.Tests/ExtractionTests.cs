using Jixiao.Domain.Model;

namespace Jixiao.Import.Tests;

/// <summary>
/// What a user relies on in every extraction, shown on short fictional reports: no number is guessed,
/// amounts are converted exactly, a project's figures stay the project's, and each value says where it was printed.
/// </summary>
public sealed class ExtractionTests
{
    private static readonly ExtractionOptions s_withProvenance = new() { Provenance = true };

    private static Evaluation Extract(string text) => ReportExtractor.Extract(text, s_withProvenance).Evaluation!;

    [Fact]
    public void Extract_TwoDifferentActuals_LeavesActualEmptyWithInfoFinding()
    {
        var evaluation = Extract("""
            一、部门整体收支情况
            全年预算数 1200.00 万元，执行数 1180.50 万元。
            二、其他说明
            本年执行数 1185.50 万元。
            """);

        Assert.Null(evaluation.Budget!.Actual);
        Assert.Equal(1200.00m, evaluation.Budget.Adjusted);
        var conflict = Assert.Single(evaluation.Findings, finding => finding.Code == "JX-X001");
        Assert.Equal(Severity.Info, conflict.Severity);
        Assert.Equal("budget.actual", conflict.Field);
        Assert.Contains("1180.50", conflict.Message, StringComparison.Ordinal);
        Assert.Contains("1185.50", conflict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_AmountsInYuan_ConvertedExactlyToWan()
    {
        var evaluation = Extract("全年预算数为 35,678,912.45 元，全年执行数 34,902,317.68 元，预算执行率 97.82%。");

        Assert.Equal("元", evaluation.Unit);
        Assert.Equal(3567.891245m, evaluation.Budget!.Adjusted);
        Assert.Equal(3490.231768m, evaluation.Budget.Actual);
        Assert.Equal(97.82m, evaluation.Budget.ExecutionRate);
    }

    [Fact]
    public void Extract_AmountsInYi_ConvertedWithoutInventedPlaces()
    {
        var evaluation = Extract("全年预算数 1.2345 亿元，执行数 1.2 亿元。");

        Assert.Equal("亿元", evaluation.Unit);
        Assert.Equal("12345", evaluation.Budget!.Adjusted!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("12000", evaluation.Budget.Actual!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Extract_ApproximateOrDamagedAmounts_LeftEmpty()
    {
        var evaluation = Extract("全年预算数约 980 万元，执行数 9l2.5 万元，年末结转和结余 3,2O5.66 万元。");

        Assert.Null(evaluation.Budget?.Adjusted);
        Assert.Null(evaluation.Budget?.Actual);
        Assert.Null(evaluation.Budget?.Carryover);
    }

    [Fact]
    public void Extract_KeyProjectBudget_NotTakenAsTheDepartments()
    {
        var evaluation = Extract("""
            一、部门预算执行情况
            全年预算数 2,400.00 万元，执行数 2,376.20 万元，预算执行率 99.01%。
            二、重点项目绩效情况
            社区矫正信息化建设：项目全年预算数为 300 万元，执行数为 288 万元，完成预算的 96%。项目绩效自评得分 92 分，评级为优。
            """);

        Assert.Equal(2400.00m, evaluation.Budget!.Adjusted);
        Assert.Equal(2376.20m, evaluation.Budget.Actual);
        var project = Assert.Single(evaluation.KeyProjects);
        Assert.Equal("社区矫正信息化建设", project.Name);
        Assert.Equal((300m, 288m, 96m, 92m, Grade.Excellent), (project.Budget, project.Actual, project.ExecutionRate, project.Score, project.Grade));
        Assert.Null(evaluation.Score?.Grade);
    }

    [Fact]
    public void Extract_DescriptionOfGoodResults_IsNoGrade()
    {
        var evaluation = Extract("经综合评价，本部门整体支出绩效自评情况良好，自评得分 93.5 分。");

        Assert.Equal(93.5m, evaluation.Score!.Total);
        Assert.Null(evaluation.Score.Grade);
    }

    [Fact]
    public void Extract_Provenance_NamesLineColumnsAndSnippet()
    {
        var evaluation = Extract("""
            青河县司法局2025年度部门整体支出绩效自评报告

            全年预算数 1,286.40 万元，全年执行数 1,250.12 万元。
            """);

        var source = evaluation.Provenance!["budget.actual"];
        Assert.Equal(3, source.Line);
        Assert.Equal(3, source.EndLine);
        Assert.Equal("全年执行数 1,250.12 万元", source.Snippet);
        Assert.Equal(source.Snippet.Length, source.EndColumn - source.Column + 1);
        Assert.Equal(1, evaluation.Provenance["department"].Line);
        Assert.Equal("青河县司法局", evaluation.Department);
        Assert.Equal(2025, evaluation.Year);
    }

    [Theory]
    [InlineData("2017-2020年度")]
    [InlineData("2017年至2020年度")]
    [InlineData("2017～2020 年度")]
    public void Extract_YearOnlyAsTheEndOfASpan_NotTakenForTheYearEvaluated(string span)
    {
        // A table's 「被评价年度」 lost (its cells broken apart by a printer): what is left names no year of the accounts.
        var evaluation = Extract($"""
            单位：万元
            全年预算数 1,286.40 万元，全年执行数 1,250.12 万元。
            我局被评为{span}全省法治宣传教育先进单位，{span}连续保持平安建设先进。
            """);

        Assert.Null(evaluation.Year);
    }

    [Fact]
    public void Extract_YearOfTheAccountsBesideASpan_ThatYear()
    {
        var evaluation = Extract("""
            单位：万元
            2021年度全年预算数 1,286.40 万元，全年执行数 1,250.12 万元。
            我局被评为2017-2020年度全省法治宣传教育先进单位。
            """);

        Assert.Equal(2021, evaluation.Year);
    }

    [Fact]
    public void Extract_WithoutProvenanceOption_HasNone()
    {
        var evaluation = ReportExtractor.Extract("全年预算数 100 万元。", new ExtractionOptions()).Evaluation!;

        Assert.Null(evaluation.Provenance);
    }

    [Fact]
    public void Extract_NumbersBrokenByConverter_ReadWhole()
    {
        var evaluation = Extract("全年预算数 2468. 78 万元，执行数 ２４５６．１９ 万元，完成预算的 99.49％。");

        Assert.Equal(2468.78m, evaluation.Budget!.Adjusted);
        Assert.Equal(2456.19m, evaluation.Budget.Actual);
        Assert.Equal(99.49m, evaluation.Budget.ExecutionRate);
    }

    [Fact]
    public void Extract_UnitStartingTheNextLine_ReadWithItsNumber()
    {
        // Lines of uneven width, as a PDF's paragraphs come: no wrap width tells that the line goes on.
        var evaluation = Extract("""
            （四）部门整体收支情况
            1.预算收入情况。本部门年初预算收入 10,283.32 万元，其中：一般公共服务预算收入 5,781.20 万元，科学技术预算收入 1,580.00
            万元，住房保障预算收入 1,837.30 万元。
            """);

        Assert.Equal([("一般公共服务", 5781.20m), ("科学技术", 1580.00m), ("住房保障", 1837.30m)], evaluation.Budget!.ByFunction.Select(line => (line.Name, line.Initial)));
    }

    [Fact]
    public void Extract_ReportWithoutNumbers_GivesListsAndNoBudget()
    {
        var evaluation = Extract("""
            一、部门整体支出绩效目标
            （一）完善基层调解网络。
            （二）提高法律援助覆盖面。
            二、存在的主要问题
            部分乡镇调解员力量不足。
            三、下一步改进措施
            一是加强调解员培训；二是推动法律援助工作站延伸到村。
            """);

        Assert.Null(evaluation.Budget);
        Assert.Equal(["完善基层调解网络。", "提高法律援助覆盖面。"], evaluation.Goals);
        Assert.Single(evaluation.Problems);
        Assert.Equal(2, evaluation.Improvements.Count);
    }

    /// <summary>Figures a careful reader leaves out of the department's budget and score (found by an adversarial review).</summary>
    [Theory]
    [InlineData("三公经费预算30万元，执行数25万元，执行率83.33%。", "line item: the whole sentence is its")]
    [InlineData("养老服务补贴资金全年预算数300万元，执行数280万元。", "a fund's budget")]
    [InlineData("本部门2023年度全年预算数1300万元。截至2023年6月底执行数600万元，执行率46.15%。", "a half-year figure")]
    [InlineData("全年预算数1,300万元，执行数12,500,000。", "a bare number among 万元 amounts has no known unit")]
    [InlineData("| 项目 | 2022年 | 2023年 |\n|---|---|---|\n| 全年预算 | 5,500.00 | 6,842.50 |\n| 实际支出 | 5,400.00 | 6,781.96 |", "two years' columns")]
    [InlineData("| 指标 | 预算数 | 执行数 | 执行率 |\n|---|---|---|---|\n| 三公经费 | 30 | 25 | 83.33% |\n| 合计 | 30 | 25 | 83.33% |", "a 合计 that is a line item's")]
    [InlineData("下属福利院2023年度预算执行情况如下：\n\n| 功能分类 | 年初预算数 | 全年预算数 | 决算数 |\n|---|---|---|---|\n| 社会保障和就业支出 | 300.00 | 320.00 | 310.00 |\n| 合计 | 300.00 | 320.00 | 310.00 |", "a sub-unit's table")]
    public void Extract_AnotherThingsFigures_LeftOutOfTheBudget(string text, string why)
    {
        var evaluation = Extract("青河县司法局2023年度部门整体支出绩效自评报告\n\n" + text);

        Assert.True(evaluation.Budget?.Actual is null, why);
        Assert.True(evaluation.Budget?.ExecutionRate is null, why);
    }

    [Theory]
    [InlineData("本部门上年度评价等级为优秀，本年度自评得分92分。")]
    [InlineData("评价结果分为四个等级：“优”、“良”、“中”、“差”。本部门自评得分92分。")]
    [InlineData("本部门自评得分92分。其中养老服务补贴项目自评得分98分，评价等级为优秀。")]
    [InlineData("本部门自评得分92分。力争明年自评等级为优秀。")]
    public void Extract_GradeOfAnotherYearOrProject_IsNotTheDepartments(string text)
    {
        var evaluation = Extract("青河县司法局2023年度部门整体支出绩效自评报告\n\n" + text);

        Assert.Equal(92m, evaluation.Score!.Total);
        Assert.Null(evaluation.Score.Grade);
    }

    [Theory]
    [InlineData("本部门在职人员99999999999人。")]
    [InlineData("全年预算数100000000000000000000000000亿元。")]
    [InlineData("全年预算数0.0000001万元，执行数79228162514264337593543950335万元。")]
    [InlineData("| 项目 | 金额（亿元） |\n|---|---|\n| 全年预算 | 99999999999999999999 |")]
    public void Extract_NumbersBeyondAnyBudget_NotReadAndNoCrash(string text)
    {
        var result = ReportExtractor.Extract(text, s_withProvenance);

        Assert.NotNull(result.Evaluation);
        Assert.Null(result.Evaluation.Budget?.Actual);
        Assert.Null(result.Evaluation.Staff?.Active);
    }

    [Fact]
    public void Extract_TabTableWithItsHeaderPrintedAgain_OneTableEveryIndicator()
    {
        // A browser repeats a table's header on each page; read as text, it stands among the rows.
        var evaluation = Extract("青禾县文旅局2023年度部门整体支出绩效自评报告\n具体评分情况如下表：\n"
            + "一级指标\t二级指标\t三级指标\t分值\t得分\n投入\t预算编制\t预算编制科学性\t10\t9\n资金落实\t资金到位率\t10\t10\n"
            + "产出\t产出数量\t文化活动场次\t40\t38\n一级指标\t二级指标\t三级指标\t分值\t得分\n产出质量\t活动验收合格率\t30\t30\n"
            + "效果\t满意度\t群众满意度\t10\t10\n合计\t\t\t100\t97\n");

        Assert.Equal(5, evaluation.Indicators.Count);
        Assert.Equal(["产出", "产出质量", "活动验收合格率"], evaluation.Indicators[3].Path);
        Assert.Equal(30m, evaluation.Indicators[3].Weight);
    }
}
