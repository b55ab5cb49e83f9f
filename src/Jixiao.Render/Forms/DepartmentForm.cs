using System.Globalization;
using Jixiao.Domain.Model;
using Jixiao.Render.Layout;

namespace Jixiao.Render.Forms;

/// <summary>
/// The 部门整体支出绩效自评表 as departments fill it (seed 001's layout): 部门资金情况 with the budget's columns and
/// rates, 年度目标 预期 / 完成, 主要任务 with their 关键指标 rows and funds, then 重点项目, 部门整体绩效, 存在问题 and
/// 改进措施. Only printed values are shown, never Jixiao's computed ones; what the data lacks stays blank.
/// </summary>
internal static class DepartmentForm
{
    public const string Title = "部门整体支出绩效自评表";

    /// <summary>A: block labels; B–C and D–E label and value pairs; F–G values; H funds.</summary>
    private static readonly double[] s_widths = [9, 14, 16, 14, 13, 16, 12, 14];

    public static Grid Build(Evaluation evaluation)
    {
        var grid = new GridBuilder(s_widths.Length);
        grid.Label(0, "部门名称", columnSpan: 2).Text(2, evaluation.Department, columnSpan: 3)
            .Label(5, "被评价年度", columnSpan: 2).Text(7, evaluation.Year is { } year ? year.ToString(CultureInfo.InvariantCulture) + "年" : null).Next();
        DepartmentFunds.Add(grid, evaluation);
        Goals(grid, evaluation);
        DepartmentTasks.Add(grid, evaluation);
        DepartmentTasks.AddKeyIndicators(grid, evaluation.KeyIndicators);
        DepartmentTasks.AddKeyProjects(grid, evaluation.KeyProjects);
        PrintedScores.AddIndicators(grid, evaluation.Indicators);
        PrintedScores.AddConclusion(grid, evaluation.Score);
        Narrative(grid, "部门整体绩效", evaluation.Achievements);
        Narrative(grid, "存在问题", evaluation.Problems);
        Narrative(grid, "改进措施或下一步计划", evaluation.Improvements);

        return new Grid
        {
            SheetName = "自评表",
            Title = Title,
            Caption = "单位：万元",
            ColumnWidths = s_widths,
            Cells = grid.Cells(),
            Notes = [.. Filed(evaluation)],
        };
    }

    /// <summary>填报日期, when the document printed its date, as forms print it under the table.</summary>
    public static IEnumerable<string> Filed(Evaluation evaluation) =>
        evaluation.Date is { } date ? [$"填报日期：{date.Year}年{date.Month}月{date.Day}日"] : [];

    /// <summary>Lines of a list in one cell, each item on its own line, as printed.</summary>
    public static string? Lines(IReadOnlyList<string> items) => items.Count == 0 ? null : string.Join("\n", items);

    private static void Goals(GridBuilder grid, Evaluation evaluation)
    {
        grid.Label(0, "年度目标", rowSpan: 2).Label(1, "部门整体支出的预期目标", columnSpan: 3).Label(4, "部门整体支出的目标完成情况", columnSpan: 4).Next();
        // The model keeps no sentence of how the goals as a whole were met: that half stays blank to fill.
        grid.Text(1, Lines(evaluation.Goals), columnSpan: 3).Text(4, null, columnSpan: 4).Next();
    }

    private static void Narrative(GridBuilder grid, string label, IReadOnlyList<string> items)
    {
        grid.Label(0, label, columnSpan: 2).Text(2, Lines(items), columnSpan: 6).Next();
    }
}
