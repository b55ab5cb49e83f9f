using Jixiao.Domain.Model;
using Jixiao.Domain.Numbers;
using Jixiao.Render.Layout;

namespace Jixiao.Render.Forms;

/// <summary>
/// The Ministry's 项目支出绩效自评表: 项目名称, 主管部门 and 实施单位; 项目资金 with 年初预算数, 全年预算数, 全年执行数,
/// 分值, 执行率 and 得分 over 年度资金总额 and its sources; 年度总体目标 预期 / 实际; the indicator rows with
/// 偏差原因分析及改进措施; 总分 and 自评等级. Printed values only; the 预算执行率 leaf fills the funds row. The labels are
/// the first ones of the extractor's description of this form (<see cref="PrintedForm"/>): one description, read and written.
/// </summary>
internal static class ProjectForm
{
    private static readonly double[] s_widths = [12, 14, 22, 14, 14, 8, 9, 28];

    public static Grid Build(Evaluation evaluation)
    {
        var grid = new GridBuilder(s_widths.Length);
        var form = PrintedForm.Project;
        grid.Label(0, form.Field("project.name")).Text(1, evaluation.Project?.Name, columnSpan: 7).Next();
        grid.Label(0, form.Field("project.supervisor")).Text(1, evaluation.Project?.Supervisor, columnSpan: 3)
            .Label(4, form.Field("department")).Text(5, evaluation.Department, columnSpan: 3).Next();
        Funds(grid, evaluation, form);
        grid.Label(0, form.Goals, rowSpan: 2).Label(1, "预期目标", columnSpan: 4).Label(5, "实际完成情况", columnSpan: 3).Next();
        // The model keeps no sentence of how the goal was met: that half stays blank to fill.
        grid.Text(1, DepartmentForm.Lines(evaluation.Goals), columnSpan: 4).Text(5, null, columnSpan: 3).Next();
        Indicators(grid, [.. evaluation.Indicators.Where(indicator => !IsExecutionRate(indicator))], form);
        grid.Label(0, form.Total, columnSpan: 5).Text(5, null).Number(6, evaluation.Score?.Total, ValueFormat.Points).Text(7, null).Next();
        grid.Label(0, form.Grade, columnSpan: 5).Text(5, evaluation.Score?.Grade is { } grade ? GradeNames.ToChinese(grade) : null, columnSpan: 3).Next();

        return new Grid
        {
            SheetName = "自评表",
            Title = form.Title,
            Caption = evaluation.Year is { } year ? $"（{year}年度）" : null,
            ColumnWidths = s_widths,
            Cells = grid.Cells(),
            Landscape = true,
            Notes = [.. DepartmentForm.Filed(evaluation)],
        };
    }

    private static void Funds(GridBuilder grid, Evaluation evaluation, PrintedForm form)
    {
        var budget = evaluation.Budget ?? new Budget();
        var leaf = evaluation.Indicators.FirstOrDefault(IsExecutionRate);
        var rows = form.BudgetRows;
        grid.Label(0, $"{form.BudgetTitle}（万元）", rowSpan: 1 + rows.Count).Text(1, null).Header(2, form.BudgetColumn("initial"))
            .Header(3, form.BudgetColumn("adjusted")).Header(4, form.BudgetColumn("actual")).Header(5, form.BudgetColumn("weight"))
            .Header(6, form.BudgetColumn("rate")).Header(7, form.BudgetColumn("score")).Next();
        foreach (var (label, source) in rows)
        {
            if (source is null)
            {
                grid.Label(1, label).Number(2, budget.Initial, ValueFormat.Amount).Number(3, budget.Adjusted, ValueFormat.Amount)
                    .Number(4, budget.Actual, ValueFormat.Amount).Number(5, leaf?.Weight, ValueFormat.Points)
                    .Number(6, budget.ExecutionRate, ValueFormat.Percent).Number(7, leaf?.Score, ValueFormat.Points).Next();
                continue;
            }

            // The source as the extractor files it, or as the row prints it (其中：当年财政拨款 → 当年财政拨款).
            decimal? actual = new[] { source, label.Replace("其中：", "", StringComparison.Ordinal) }
                .Select(name => budget.BySource.TryGetValue(name, out var value) ? value : (decimal?)null).FirstOrDefault(value => value is not null);
            // Only the actual by source is in the model; the other columns of these rows stay blank.
            grid.Label(1, label).Text(2, null).Text(3, null).Number(4, actual, ValueFormat.Amount).Text(5, "—").Text(6, "—").Text(7, "—").Next();
        }
    }

    private static void Indicators(GridBuilder grid, IReadOnlyList<Indicator> indicators, PrintedForm form)
    {
        string[] columns = ["level1", "level2", "level3", "target", "actual", "weight", "score", "reason"];
        for (var i = 0; i < columns.Length; i++)
        {
            grid.Header(i, form.IndicatorColumn(columns[i]));
        }

        grid.Next();
        for (var i = 0; i < indicators.Count; i++)
        {
            var indicator = indicators[i];
            if (i == 0 || Level(indicators[i - 1], 0) != Level(indicator, 0))
            {
                grid.Text(0, Level(indicator, 0), rowSpan: Run(indicators, i, 0));
            }

            if (i == 0 || Level(indicators[i - 1], 0) != Level(indicator, 0) || Level(indicators[i - 1], 1) != Level(indicator, 1))
            {
                grid.Text(1, Level(indicator, 1), rowSpan: Run(indicators, i, 1));
            }

            grid.Text(2, indicator.Name).Text(3, indicator.Target).Text(4, indicator.Actual)
                .Number(5, indicator.Weight, ValueFormat.Points).Number(6, indicator.Score, ValueFormat.Points).Text(7, indicator.Reason).Next();
        }
    }

    private static bool IsExecutionRate(Indicator indicator) => indicator.Path.Count == 1 && indicator.Name == "预算执行率";

    private static string Level(Indicator indicator, int depth) => IndicatorLevels.Level(indicator, depth);

    private static int Run(IReadOnlyList<Indicator> indicators, int from, int depth) => IndicatorLevels.Run(indicators, from, depth);
}
