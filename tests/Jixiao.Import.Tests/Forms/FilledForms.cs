namespace Jixiao.Import.Tests.Forms;

/// <summary>
/// One filled form of each form file (Forms/Data), of our own fictional units, as a clerk's grid of cells (an empty
/// string is a cell printed empty, or one a merged cell covers), with the facts a reader takes off the page.
/// </summary>
internal static class FilledForms
{
    public sealed record Leaf(string Name, string Target, string Actual, decimal Weight, decimal Score);

    public sealed record Filled(string Id, IReadOnlyList<string[]> Grid, FormFacts Facts);

    public sealed record FormFacts(
        string Kind, string Department, string? Project, string? Supervisor,
        decimal Initial, decimal Adjusted, decimal Actual, decimal Rate,
        decimal? Basic, decimal? ProjectSpending, IReadOnlyList<Leaf> Leaves, decimal? Total, string? Grade);

    public static IReadOnlyList<Filled> All { get; } = [Project(), Department()];

    public static Filled Find(string id) => All.Single(form => form.Id == id);

    /// <summary>The Ministry's 项目支出绩效自评表, filled for a county's road upkeep fund.</summary>
    private static Filled Project()
    {
        Leaf[] leaves =
        [
            new("农村公路养护覆盖率", "≥95%", "98%", 20, 20),
            new("路面优良率", "≥85%", "88%", 15, 15),
            new("养护任务按期完成率", "100%", "96%", 10, 9.6m),
            new("养护成本控制率", "≤100%", "96%", 5, 5),
            new("道路通畅率", "≥98%", "99%", 15, 15),
            new("路况指数保持率", "≥90%", "92%", 15, 15),
            new("沿线群众满意度", "≥90%", "93%", 10, 10),
        ];
        string[][] grid =
        [
            ["项目支出绩效自评表", "", "", "", "", "", "", ""],
            ["（2024年度）", "", "", "", "", "", "", ""],
            ["项目名称", "青石县农村公路养护专项资金", "", "", "", "", "", ""],
            ["主管部门", "青石县交通运输局", "", "", "实施单位", "青石县公路养护中心", "", ""],
            ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["", "年度资金总额", "500.00", "480.00", "468.00", "10", "97.50%", "9.75"],
            ["", "其中：当年财政拨款", "500.00", "480.00", "468.00", "—", "—", "—"],
            ["", "上年结转资金", "", "", "", "—", "—", "—"],
            ["年度总体目标", "预期目标", "", "", "实际完成情况", "", "", ""],
            ["", "全年养护农村公路326公里，保持路况稳定。", "", "", "完成年度养护任务，路况指数保持稳定。", "", "", ""],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
            ["产出指标", "数量指标", .. Row(leaves[0])],
            ["", "质量指标", .. Row(leaves[1])],
            ["", "时效指标", .. Row(leaves[2])],
            ["", "成本指标", .. Row(leaves[3])],
            ["效益指标", "社会效益指标", .. Row(leaves[4])],
            ["", "可持续影响指标", .. Row(leaves[5])],
            ["满意度指标", "服务对象满意度指标", .. Row(leaves[6])],
            ["总分", "", "", "", "", "100", "99.35", ""],
            ["自评等级", "优", "", "", "", "", "", ""],
        ];
        return new Filled("national-project", grid, new FormFacts(
            "project", "青石县公路养护中心", "青石县农村公路养护专项资金", "青石县交通运输局",
            500.00m, 480.00m, 468.00m, 97.50m, null, null, leaves, 99.35m, "优"));
    }

    /// <summary>A province's 部门整体支出绩效自评表 (按收入性质分 / 按支出性质分), filled for a county bureau.</summary>
    private static Filled Department()
    {
        string[][] grid =
        [
            ["部门整体支出绩效自评表（2024年度）", "", "", "", "", "", ""],
            ["预算部门、单位名称", "青石县应急管理局", "", "", "", "", ""],
            ["年度预算申请（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["", "年度资金总额", "1200.00", "1350.00", "1323.00", "10", "98.00%", "9.8"],
            ["", "按收入性质分：1350.00", "", "", "按支出性质分：1323.00", "", "", ""],
            ["", "其中：一般公共预算：1350.00", "", "", "其中：基本支出：823.00", "", "", ""],
            ["", "政府性基金拨款：", "", "", "项目支出：500.00", "", "", ""],
            ["年度总体目标", "预期目标", "", "", "实际完成情况", "", "", ""],
        ];
        return new Filled("department", grid, new FormFacts(
            "department", "青石县应急管理局", null, null, 1200.00m, 1350.00m, 1323.00m, 98.00m, 823.00m, 500.00m, [], null, null));
    }

    private static string[] Row(Leaf leaf) =>
        [leaf.Name, leaf.Target, leaf.Actual, Show(leaf.Weight), Show(leaf.Score), ""];

    private static string Show(decimal value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
