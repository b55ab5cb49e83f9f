using Jixiao.Domain.Interchange;
using Jixiao.Domain.Model;

namespace Jixiao.Import.Tests.Documents.Excel;

/// <summary>
/// A department's 自评表 filled in Excel (the layout of seed 001, a fictional department): merged cells, amounts
/// stored as doubles with binary noise, rates as formulas under a percent format. It reads as the same table
/// typed as markdown does, and every value names the sheet cell it came from.
/// </summary>
public sealed class SelfEvaluationSheetTests
{
    private const string Markdown = """
        部门整体支出绩效自评表

        单位：万元

        | 部门名称 | | 青河县司法局 | | 被评价年度 | 2023年 |
        |---|---|---|---|---|---|
        | 部门资金情况 | 部门调整预算收入 | 1865.40 | 部门年初预算收入 | 2012.30 | |
        | | 实际支出数 | 1864.96 | 年度预算调整数 | 146.90 | |
        | | 其中：一般公共预算 | 1864.96 | | | |
        | | 预算完成率 | 99.98% | 预算调整率 | 7.30% | |
        | 年度目标 | 部门整体支出的预期目标 | | 部门整体支出的目标完成情况 | | |
        | | <p>一、深化公共法律服务体系建设</p> <p>二、推进人民调解规范化</p> <p>三、加强社区矫正监督管理</p> | | <p>全年公共法律服务实体平台运行平稳，人民调解组织实现村居全覆盖，社区矫正对象无脱管漏管。</p> | | |
        | 主要任务 | 预期目标 | 目标完成情况 | 关键指标 | 指标完成情况 | 任务涉及资金 |
        | 任务1 | 完善县乡村三级公共法律服务网络，群众办事更便捷。 | 三级网络全面运行，服务群众满意度提高。 | 法律援助案件办结率 | 97.60% | 85.3 |
        | | | | 公共法律服务站点数 | 126个 | |
        | 任务2 | 推进矛盾纠纷多元化解，做到小事不出村。 | 调解成功率保持高位。 | 矛盾纠纷调解成功率 | 98.20% | 42 |
        | | | | 人民调解员培训 | 640人次 | |
        | | | | 调解案件数 | 1873件 | |
        | 任务3 | 落实社区矫正各项制度，确保监管安全。 | 全年无重新犯罪。 | 社区矫正对象再犯罪率 | 0 | 31.75 |
        | | | | 监管教育活动 | 48次 | |
        | 重点项目绩效情况 | | <p>青河县公共法律服务中心运行经费</p> <p>项目绩效指标均完成，指标完成率100%。</p> | | | |
        | 部门整体绩效 | <p>2023年，青河县司法局围绕法治青河建设，全面完成年度工作任务。</p> | | | | |
        | 存在问题 | <p>部分项目支出进度偏慢，年中预算调整较多。</p> | | | | |
        | 改进措施或下一步计划 | <p>一是提高预算编制质量；二是加强预算执行监控。</p> | | | | |

        注：1. 每个部门至少开展一个重点项目绩效评价。
        2. 重点项目是指预算金额500万元以上项目。
        """;

    private static readonly ExtractionOptions s_options = new() { Provenance = true };

    [Fact]
    public void Import_SelfEvaluationWorkbook_ReadsAsTheSameTableInMarkdown()
    {
        var fromExcel = Import(Workbook());
        var fromText = ReportExtractor.Extract(Markdown, s_options).Evaluation!;

        Assert.Equal(InterchangeJson.Write(fromText with { Provenance = null }), InterchangeJson.Write(fromExcel with { Provenance = null }));
    }

    [Fact]
    public void Import_SelfEvaluationWorkbook_BudgetAsExcelShowsIt()
    {
        var evaluation = Import(Workbook());

        Assert.Equal(("青河县司法局", 2023, "万元"), (evaluation.Department, evaluation.Year, evaluation.Unit));
        var budget = evaluation.Budget!;
        Assert.Equal((2012.30m, 1865.40m, 1864.96m, 146.90m), (budget.Initial, budget.Adjusted, budget.Actual, budget.Adjustment));
        Assert.Equal((99.98m, 7.30m), (budget.ExecutionRate, budget.AdjustmentRate));
        Assert.Equal(1864.96m, budget.BySource["一般公共预算"]);
        Assert.Equal(3, evaluation.Goals.Count);
        Assert.Equal([85.3m, 42m, 31.75m], evaluation.Tasks.Select(task => task.Funds));
        Assert.Equal([2, 3, 2], evaluation.Tasks.Select(task => task.Indicators.Count));
        Assert.Equal("97.60%", evaluation.Tasks[0].Indicators[0].Actual);
        Assert.Equal("青河县公共法律服务中心运行经费", Assert.Single(evaluation.KeyProjects).Name);
    }

    [Fact]
    public void Import_SelfEvaluationWorkbook_ProvenanceNamesTheSheetCell()
    {
        var provenance = Import(Workbook()).Provenance!;

        Assert.Equal(("自评表!C4", 4, 3), Where(provenance["budget.adjusted"]));
        Assert.Equal(("自评表!C7", 7, 3), Where(provenance["budget.executionRate"]));
        Assert.Equal(("自评表!F13", 13, 6), Where(provenance["tasks[1].funds"]));
        Assert.Equal(("自评表!B9", 9, 2), Where(provenance["goals[1]"]));
        Assert.Equal("99.98%", provenance["budget.executionRate"].Snippet);
    }

    [Fact]
    public void Import_KeyProjectCellWrappedAfterItsNumbers_FiguresKeepTheirUnits()
    {
        // A cell typed with hard breaks wherever it was wrapped: 612.40 ends a line and 万元 begins the next.
        var book = new TestWorkbook();
        book.Sheet("自评表")
            .Text("A1", "部门名称").Text("B1", "青河县司法局").Text("C1", "被评价年度").Text("D1", "2023年")
            .Text("A2", "重点项目绩效情况")
            .Text("B2", "青河县公共法律服务中心运行经费\n项目预算 620.50 万元，执行 612.40\n万元，执行率 98.69%，项目自评得分 94\n分，等级为优。").Merge("B2:D2");

        var project = Assert.Single(Import(book.Save()).KeyProjects);

        Assert.Equal(("青河县公共法律服务中心运行经费", 620.50m, 612.40m, 98.69m, 94m), (project.Name, project.Budget, project.Actual, project.ExecutionRate, project.Score));
    }

    private static (string? Cell, int Line, int Column) Where(Source source) => (source.Cell, source.Line, source.Column);

    private static Evaluation Import(byte[] workbook)
    {
        var result = DocumentImporter.Import(workbook, "自评表.xlsx", s_options);
        Assert.Null(result.Problem);
        return result.Evaluation!;
    }

    /// <summary>The markdown's table as the department fills it in Excel: merged label cells, numbers and formulas.</summary>
    internal static byte[] Workbook()
    {
        var book = new TestWorkbook();
        var (amount, grouped, percent) = (book.Style("0.00"), book.Style("#,##0.00"), book.Style("0.00%"));
        book.Sheet("自评表")
            .Text("A1", "部门整体支出绩效自评表").Merge("A1:F1")
            .Text("A2", "单位：万元").Merge("A2:F2")
            .Text("A3", "部门名称").Merge("A3:B3").Text("C3", "青河县司法局").Merge("C3:D3").Text("E3", "被评价年度").Text("F3", "2023年")
            .Text("A4", "部门资金情况").Merge("A4:A7")
            .Text("B4", "部门调整预算收入").Number("C4", "1865.4000000000001", amount).Text("D4", "部门年初预算收入").Number("E4", "2012.3", amount)
            .Text("B5", "实际支出数").Number("C5", "1864.96", grouped).Text("D5", "年度预算调整数").Formula("E5", "E4-C4", "146.89999999999986", amount)
            .Text("B6", "其中：一般公共预算").Formula("C6", "C5", "1864.96", grouped)
            .Text("B7", "预算完成率").Formula("C7", "C5/C4", "0.9997641256566956", percent).Text("D7", "预算调整率").Formula("E7", "E5/E4", "0.0730010435819708", percent)
            .Text("A8", "年度目标").Merge("A8:A9").Text("B8", "部门整体支出的预期目标").Merge("B8:C8").Text("D8", "部门整体支出的目标完成情况").Merge("D8:F8")
            .Text("B9", "一、深化公共法律服务体系建设\n二、推进人民调解规范化\n三、加强社区矫正监督管理").Merge("B9:C9")
            .Text("D9", "全年公共法律服务实体平台运行平稳，人民调解组织实现村居全覆盖，社区矫正对象无脱管漏管。").Merge("D9:F9")
            .Text("A10", "主要任务").Text("B10", "预期目标").Text("C10", "目标完成情况").Text("D10", "关键指标").Text("E10", "指标完成情况").Text("F10", "任务涉及资金")
            .Text("A11", "任务1").Merge("A11:A12").Text("B11", "完善县乡村三级公共法律服务网络，群众办事更便捷。").Merge("B11:B12")
            .Text("C11", "三级网络全面运行，服务群众满意度提高。").Merge("C11:C12").Number("F11", "85.299999999999997").Merge("F11:F12")
            .Text("D11", "法律援助案件办结率").Number("E11", "0.97599999999999998", percent)
            .Text("D12", "公共法律服务站点数").Text("E12", "126个")
            .Text("A13", "任务2").Merge("A13:A15").Text("B13", "推进矛盾纠纷多元化解，做到小事不出村。").Merge("B13:B15")
            .Text("C13", "调解成功率保持高位。").Merge("C13:C15").Number("F13", "42").Merge("F13:F15")
            .Text("D13", "矛盾纠纷调解成功率").Number("E13", "0.98199999999999998", percent)
            .Text("D14", "人民调解员培训").Text("E14", "640人次")
            .Text("D15", "调解案件数").Text("E15", "1873件")
            .Text("A16", "任务3").Merge("A16:A17").Text("B16", "落实社区矫正各项制度，确保监管安全。").Merge("B16:B17")
            .Text("C16", "全年无重新犯罪。").Merge("C16:C17").Number("F16", "31.75").Merge("F16:F17")
            .Text("D16", "社区矫正对象再犯罪率").Number("E16", "0")
            .Text("D17", "监管教育活动").Text("E17", "48次")
            .Text("A18", "重点项目绩效情况").Merge("A18:B18").Text("C18", "青河县公共法律服务中心运行经费\n项目绩效指标均完成，指标完成率100%。").Merge("C18:F18")
            .Text("A19", "部门整体绩效").Text("B19", "2023年，青河县司法局围绕法治青河建设，全面完成年度工作任务。").Merge("B19:F19")
            .Text("A20", "存在问题").Text("B20", "部分项目支出进度偏慢，年中预算调整较多。").Merge("B20:F20")
            .Text("A21", "改进措施或下一步计划").Text("B21", "一是提高预算编制质量；二是加强预算执行监控。").Merge("B21:F21")
            .Text("A23", "注：1. 每个部门至少开展一个重点项目绩效评价。\n2. 重点项目是指预算金额500万元以上项目。").Merge("A23:F23")
            .Protect();
        return book.Save();
    }
}
