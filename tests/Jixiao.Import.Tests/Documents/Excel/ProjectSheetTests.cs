using Jixiao.Domain.Interchange;
using Jixiao.Domain.Model;

namespace Jixiao.Import.Tests.Documents.Excel;

/// <summary>
/// A project's 自评表 in Excel (一级 / 二级 / 三级指标, 分值, 得分; a fictional project): the level cells merged down
/// over their indicators, scores as numbers. It reads as the same table typed as markdown does.
/// </summary>
public sealed class ProjectSheetTests
{
    private const string Markdown = """
        项目支出绩效自评表

        （2024年度）

        | 项目名称 | 青河县农村饮水安全巩固提升项目 | | | | | | |
        |---|---|---|---|---|---|---|---|
        | 主管部门 | 青河县水利局 | | | 实施单位 | 青河县农村供水站 | | |
        | 项目资金（万元） | | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
        | | 年度资金总额 | 820.00 | 860.00 | 851.72 | 10 | 99.04% | 9.90 |
        | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |
        | 产出指标 | 数量指标 | 新建改造供水管网 | ≥60公里 | 63.5公里 | 15 | 15 | |
        | | | 新增水质检测设备 | ≥12台 | 12台 | 10 | 10 | |
        | | 质量指标 | 水质检测合格率 | ≥95% | 96.4% | 15 | 15 | |
        | | 时效指标 | 工程完工时间 | 2024年10月底前 | 2024年11月15日 | 10 | 8 | 雨季停工，今后提前开工 |
        | 效益指标 | 社会效益指标 | 受益人口 | ≥3.2万人 | 3.26万人 | 15 | 15 | |
        | | 可持续影响指标 | 管护制度落实率 | 100% | 92% | 15 | 13.8 | 两个乡镇管护员未到位 |
        | 满意度指标 | 服务对象满意度指标 | 受益群众满意度 | ≥90% | 93.1% | 10 | 10 | |
        | 总分 | | | | | 100 | 96.7 | |
        | 绩效等级 | 优 | | | | | | |
        """;

    [Fact]
    public void Import_ProjectWorkbookWithMergedLevels_ReadsAsTheSameTableInMarkdown()
    {
        var fromExcel = Import();
        var fromText = ReportExtractor.Extract(Markdown, new ExtractionOptions()).Evaluation!;

        Assert.Equal(WithoutPlaces(fromText), WithoutPlaces(fromExcel));
    }

    /// <summary>A 「未识别到」 finding names where its words were printed: a line of the text, a cell of the workbook.</summary>
    private static string WithoutPlaces(Evaluation evaluation) => InterchangeJson.Write(evaluation with
    {
        Findings = [.. evaluation.Findings.Select(finding => finding.Code == "JX-X004"
            ? finding with { Message = System.Text.RegularExpressions.Regex.Replace(finding.Message, "（[^）]*）", "") } : finding)],
    });

    [Fact]
    public void Import_ProjectWorkbookWithMergedLevels_IndicatorTreeAndScores()
    {
        var evaluation = Import();

        Assert.Equal(EvaluationKind.Project, evaluation.Kind);
        Assert.Equal((96.7m, Grade.Excellent), (evaluation.Score!.Total, evaluation.Score.Grade));
        Assert.Equal((860.00m, 851.72m, 99.04m), (evaluation.Budget!.Adjusted, evaluation.Budget.Actual, evaluation.Budget.ExecutionRate));
        // The funds row scores the execution rate: 10 points, 9.90 as the formula's cached 9.9000000000000004 shows.
        Assert.Equal(8, evaluation.Indicators.Count);
        Assert.Equal(("预算执行率", 10m, 9.90m), (evaluation.Indicators[0].Name, evaluation.Indicators[0].Weight, evaluation.Indicators[0].Score));
        var detectors = evaluation.Indicators[2];
        Assert.Equal(["产出指标", "数量指标", "新增水质检测设备"], detectors.Path);
        var upkeep = evaluation.Indicators[6];
        Assert.Equal(["效益指标", "可持续影响指标", "管护制度落实率"], upkeep.Path);
        Assert.Equal((15m, 13.8m, "100%", "92%"), (upkeep.Weight, upkeep.Score, upkeep.Target, upkeep.Actual));
    }

    [Fact]
    public void Import_ProjectWorkbookWithoutTitleRows_StillAProject()
    {
        // Gnumeric, opening a form's HTML, keeps the table only: the form opens at 「项目名称」, a label no department form has.
        var result = DocumentImporter.Import(Workbook(titled: false), "项目自评表.xlsx", new ExtractionOptions());

        var evaluation = result.Evaluation!;
        Assert.Equal(EvaluationKind.Project, evaluation.Kind);
        Assert.Equal("青河县农村饮水安全巩固提升项目", evaluation.Project?.Name);
        Assert.Equal("青河县农村供水站", evaluation.Department);
    }

    private static Evaluation Import()
    {
        var result = DocumentImporter.Import(Workbook(), "项目自评表.xlsx", new ExtractionOptions());
        Assert.Null(result.Problem);
        return result.Evaluation!;
    }

    internal static byte[] Workbook(bool titled = true)
    {
        var book = new TestWorkbook();
        var (amount, percent, oneDecimal) = (book.Style(4u), book.Style(10u), book.Style("0.0"));
        var sheet = book.Sheet("项目自评表");
        if (titled)
        {
            sheet.Text("A1", "项目支出绩效自评表").Merge("A1:H1")
                .Text("A2", "（2024年度）").Merge("A2:H2");
        }

        sheet.Text("A3", "项目名称").Text("B3", "青河县农村饮水安全巩固提升项目").Merge("B3:H3")
            .Text("A4", "主管部门").Text("B4", "青河县水利局").Merge("B4:D4").Text("E4", "实施单位").Text("F4", "青河县农村供水站").Merge("F4:H4")
            .Text("A5", "项目资金（万元）").Merge("A5:A6").Text("C5", "年初预算数").Text("D5", "全年预算数").Text("E5", "全年执行数").Text("F5", "分值").Text("G5", "执行率").Text("H5", "得分")
            .Text("B6", "年度资金总额").Number("C6", "820", amount).Number("D6", "860", amount).Number("E6", "851.72000000000003", amount)
            .Number("F6", "10").Formula("G6", "E6/D6", "0.99037209302325585", percent).Formula("H6", "ROUND(G6*F6,2)", "9.9000000000000004", book.Style("0.00"))
            .Text("A7", "一级指标").Text("B7", "二级指标").Text("C7", "三级指标").Text("D7", "年度指标值").Text("E7", "实际完成值").Text("F7", "分值").Text("G7", "得分").Text("H7", "偏差原因分析及改进措施")
            .Text("A8", "产出指标").Merge("A8:A11").Text("B8", "数量指标").Merge("B8:B9");
        Indicator(sheet, 8, "新建改造供水管网", "≥60公里", "63.5公里", 15, "15");
        Indicator(sheet, 9, "新增水质检测设备", "≥12台", "12台", 10, "10");
        Indicator(sheet.Text("B10", "质量指标"), 10, "水质检测合格率", "≥95%", "96.4%", 15, "15");
        Indicator(sheet.Text("B11", "时效指标"), 11, "工程完工时间", "2024年10月底前", "2024年11月15日", 10, "8", "雨季停工，今后提前开工");
        Indicator(sheet.Text("A12", "效益指标").Merge("A12:A13").Text("B12", "社会效益指标"), 12, "受益人口", "≥3.2万人", "3.26万人", 15, "15");
        Indicator(sheet.Text("B13", "可持续影响指标"), 13, "管护制度落实率", "100%", "92%", 15, "13.800000000000001", "两个乡镇管护员未到位");
        Indicator(sheet.Text("A14", "满意度指标").Text("B14", "服务对象满意度指标"), 14, "受益群众满意度", "≥90%", "93.1%", 10, "10");
        sheet.Text("A15", "总分").Merge("A15:E15").Formula("F15", "F6+SUM(F8:F14)", "100").Formula("G15", "H6+SUM(G8:G14)", "96.700000000000003", oneDecimal)
            .Text("A16", "绩效等级").Text("B16", "优").Merge("B16:H16");
        return book.Save();
    }

    private static void Indicator(TestSheet sheet, int row, string name, string target, string actual, int weight, string score, string reason = "")
    {
        sheet.Text($"C{row}", name).Text($"D{row}", target).Text($"E{row}", actual).Number($"F{row}", weight).Number($"G{row}", score);
        if (reason.Length > 0)
        {
            sheet.Text($"H{row}", reason);
        }
    }
}
