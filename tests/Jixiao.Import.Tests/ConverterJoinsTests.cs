using Jixiao.Domain.Model;

namespace Jixiao.Import.Tests;

/// <summary>
/// What converters do to a report's lines (pandoc, LibreOffice, AbiWord, Gnumeric, PDF printers), shown on short fictional
/// texts: two lines of the source run into one with a space, a cell's paragraphs run together. Each reads as the
/// lines did, or, where the boundary is lost, is left empty rather than read wrong.
/// </summary>
public sealed class ConverterJoinsTests
{
    private static Evaluation Extract(string text) => ReportExtractor.Extract(text, new ExtractionOptions()).Evaluation!;

    [Fact]
    public void Extract_SignatureUnitAndDateOnOneLine_GivesBoth()
    {
        var evaluation = Extract("""
            三、改进措施
            加强项目储备和前期论证。

            溪川市卫生健康委员会 2025年3月28日
            """);

        Assert.Equal(new DateOnly(2025, 3, 28), evaluation.Date);
        Assert.Equal("溪川市卫生健康委员会", evaluation.Department);
    }

    [Fact]
    public void Extract_SignatureSentenceBeforeDate_GivesNoDepartment()
    {
        // A sentence is no unit's name: only a date alone or after a name is the signature's.
        var evaluation = Extract("""
            三、改进措施
            下一步加强项目储备，压实支出责任 2025年3月28日
            """);

        Assert.Null(evaluation.Department);
        Assert.Null(evaluation.Date);
    }

    [Fact]
    public void Extract_IndicatorRowsRunIntoOneLine_ReadAsRows()
    {
        var evaluation = Extract("""
            表 4 部门整体绩效-管理效率自评得分情况
            一级指标 二级指标 三级指标 分值 得分 得分率
            管理效率
            预算编制 新增预算项目事前绩效评估 3 3 100%
            资产管理 资产配置合规性 2 2 100% 资产收益上缴的及时性 1 0.8 80.00%
            资产盘点情况 1 1 100%
            运行成本 公用经费控制率 2 2 100% 三、存在的主要问题
            部分采购项目前期准备不充分。
            """);

        Assert.Equal(["新增预算项目事前绩效评估", "资产配置合规性", "资产收益上缴的及时性", "资产盘点情况", "公用经费控制率"],
            evaluation.Indicators.Select(indicator => indicator.Name));
        Assert.Equal((1m, 0.8m), (evaluation.Indicators[2].Weight, evaluation.Indicators[2].Score));
    }

    [Fact]
    public void Extract_CaptionRunIntoTheHeadBelowIt_RowsReadUnderTheHead()
    {
        // A paragraph's line break read as nothing: the caption and the head are one line, 「…得分情况一级指标」.
        var evaluation = Extract("""
            表 4 部门整体绩效-管理效率自评得分情况一级指标 二级指标 三级指标 分值 得分 得分率
            管理效率
            预算编制 新增预算项目事前绩效评估 3 3 100%
            资产管理 资产配置合规性 2 1.5 75.00%
            资产盘点情况 1 1 100%
            """);

        Assert.Equal(["新增预算项目事前绩效评估", "资产配置合规性", "资产盘点情况"], evaluation.Indicators.Select(indicator => indicator.Name));
        Assert.Equal((2m, 1.5m, 75.00m), (evaluation.Indicators[1].Weight, evaluation.Indicators[1].Score, evaluation.Indicators[1].Rate));
        Assert.Equal(["管理效率", "资产管理", "资产配置合规性"], evaluation.Indicators[1].Path);
    }

    [Fact]
    public void Extract_BudgetRowCutByLineBreakAfterAnother_NotReadAsARow()
    {
        // 「人员经费」 lost its last value to the next line: aligned from the right, its figures would land a column off.
        var evaluation = Extract("""
            按支出性质分类 年初预算数 全年预算数 决算数
            本年支出合计 4,862.35 5,106.48 5,071.92
            一、基本支出 3,215.60 3,342.17 3,338.45 人员经费 2,887.14 2,951.30
            2,950.08
            公用经费 328.46 390.87 388.37
            """);

        Assert.Null(evaluation.Budget?.Personnel);
    }

    [Fact]
    public void Extract_KeyIndicatorNameFragmentBesideItsTarget_NameWhole()
    {
        var evaluation = Extract("""
            表 3 部门整体绩效-履职效能关键指标完成情况
            序号 指标名称 预期实现值 实际完成值
            1 家庭医生签约
            服务覆盖率 常住人口家庭医生签约服务覆盖
            率达到 40%以上。
            常住人口家庭医生签约服务覆盖
            率达到 43.6%。
            2 家长满意度 家长对学校教育教学工作满意度
            不低于 90%。
            第三方调查家长对学校教育教学
            工作满意度为 95.08%。
            """);

        Assert.Equal(["家庭医生签约服务覆盖率", "家长满意度"], evaluation.KeyIndicators.Select(indicator => indicator.Name));
        Assert.Equal("常住人口家庭医生签约服务覆盖率达到 40%以上。", evaluation.KeyIndicators[0].Target);
        Assert.Equal("家长对学校教育教学工作满意度不低于 90%。", evaluation.KeyIndicators[1].Target);
        Assert.Equal("第三方调查家长对学校教育教学工作满意度为 95.08%。", evaluation.KeyIndicators[1].Actual);
    }

    [Fact]
    public void Extract_KeyProjectNameRunIntoItsSentences_NoNameGuessed()
    {
        // The cell's paragraphs (name; result; 「主要绩效：……」) run together: where the name ends is not printed.
        var evaluation = Extract("""
            | 项目 | 内容 |
            |---|---|
            | 重点项目绩效情况 | 桐川区来穗人员服务中心工作经费5个项目绩效指标均完成，指标完成率100%。主要绩效：人员投入到位。 |
            """);

        Assert.DoesNotContain(evaluation.KeyProjects, project => project.Name.Contains('，', StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_KeyProjectNameBeforeColon_Read()
    {
        var evaluation = Extract("""
            | 项目 | 内容 |
            |---|---|
            | 重点项目绩效情况 | 桐川区来穗人员服务中心工作经费：5个项目绩效指标均完成，指标完成率100%。 |
            """);

        Assert.Equal("桐川区来穗人员服务中心工作经费", Assert.Single(evaluation.KeyProjects).Name);
    }

    [Fact]
    public void Extract_ProjectFormWithoutItsTitle_IsAProject()
    {
        var evaluation = Extract("""
            | 项目名称 | 桐溪县义务教育学校办学条件改善项目 | | |
            |---|---|---|---|
            | 主管部门 | 桐溪县教育局 | 实施单位 | 桐溪县教育后勤服务中心 |
            """);

        Assert.Equal(EvaluationKind.Project, evaluation.Kind);
        Assert.Equal("桐溪县义务教育学校办学条件改善项目", evaluation.Project?.Name);
    }

    [Fact]
    public void Extract_ProjectFormFromItsBudgetGrid_IsAProject()
    {
        // A spreadsheet converter keeps only the tables: the form's title and its name lines, printed as text, are gone.
        var evaluation = Extract("""
            | 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
            |---|---|---|---|---|---|---|
            | 年度资金总额 | 860.00 | 912.50 | 900.34 | 10 | 98.67% | 9.87 |
            """);

        Assert.Equal(EvaluationKind.Project, evaluation.Kind);
        Assert.Equal((912.50m, 900.34m), (evaluation.Budget?.Adjusted, evaluation.Budget?.Actual));
    }

    [Fact]
    public void Extract_NumberedGoalsRunIntoParagraphs_OneGoalEach()
    {
        // A browser printing 「如下：\n（1）……\n（2）……」 of one HTML paragraph: the numbers run on after each sentence.
        var evaluation = Extract("""
            二、部门整体支出绩效目标

            2023年我局部门整体支出绩效目标如下： （1）完成市场主体抽查不少于600户次。 （2）食品安全监督抽检量达到每千人5批次以上。

            （3）特种设备定期检验率保持在98%以上。 （4）消费投诉按期办结率不低于95%。

            三、预算执行情况
            """);

        Assert.Equal(4, evaluation.Goals.Count);
        Assert.Equal("消费投诉按期办结率不低于95%。", evaluation.Goals[3]);
    }

    [Fact]
    public void Extract_CellParagraphsRunTogetherWithoutStops_OneGoalEach()
    {
        // Gnumeric saving an HTML table cell of three paragraphs: the breaks are gone and no full stop is left between them.
        var evaluation = Extract("""
            | 年度目标 | 部门整体支出的预期目标 |
            | --- | --- |
            | | 一、完善城乡社区公共法律服务网络，提升服务可及性二、推进矛盾纠纷多元化解，调解成功率保持在95%以上三、规范社区矫正执法，确保监管安全稳定 |
            """);

        Assert.Equal(["完善城乡社区公共法律服务网络，提升服务可及性", "推进矛盾纠纷多元化解，调解成功率保持在95%以上", "规范社区矫正执法，确保监管安全稳定"],
            evaluation.Goals);
    }

    [Fact]
    public void Extract_NumbersInsideAGoalWithoutStops_GoalWhole()
    {
        // 「二、三产业」 after a character is no run-on list: it counts only 1, 2 and gives no item of four characters.
        var evaluation = Extract("""
            | 年度目标 | 部门整体支出的预期目标 |
            | --- | --- |
            | | 一、推进一二、三产业融合发展，带动农户增收 |
            """);

        Assert.Equal(["推进一二、三产业融合发展，带动农户增收"], evaluation.Goals);
    }

    [Fact]
    public void Extract_KeyProjectLeadEndingInXiangMu_NameKeepsIt()
    {
        var evaluation = Extract("""
            四、重点项目绩效情况

            公共法律服务体系建设项目：预算612.00万元，实际支出605.38万元，执行率98.92%，项目自评得分95.5分，等级为优。
            """);

        Assert.Equal("公共法律服务体系建设项目", Assert.Single(evaluation.KeyProjects).Name);
    }
}
