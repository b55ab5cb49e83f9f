using Jixiao.Domain.Model;
using Jixiao.Domain.Numbers;
using Jixiao.Render.Layout;

namespace Jixiao.Render.Forms;

/// <summary>
/// The Ministry's 项目支出绩效自评表: 项目名称, 主管部门 and 实施单位; 项目资金 with 年初预算数, 全年预算数, 全年执行数,
/// 分值, 执行率 and 得分 over 年度资金总额 and its sources; 年度总体目标 预期 / 实际; the indicator rows with
/// 偏差原因分析及改进措施; 总分 and 自评等级. Printed values only; the 预算执行率 leaf fills the funds row.
/// </summary>
internal static class ProjectForm
{
    public const string Title = "项目支出绩效自评表";

    private static readonly double[] s_widths = [12, 14, 22, 14, 14, 8, 9, 28];

    /// <summary>The rows under 年度资金总额, each with the 资金来源 names the extractor files it under.</summary>
    private static readonly (string Label, string[] Sources)[] s_sourceRows =
    [
        ("其中：当年财政拨款", ["当年财政拨款", "财政拨款", "一般公共预算"]),
        ("上年结转资金", ["上年结转资金"]),
        ("其他资金", ["其他资金"]),
    ];

    public static Grid Build(Evaluation evaluation)
    {
        var grid = new GridBuilder(s_widths.Length);
        grid.Label(0, "项目名称").Text(1, evaluation.Project?.Name, columnSpan: 7).Next();
        grid.Label(0, "主管部门").Text(1, evaluation.Project?.Supervisor, columnSpan: 3).Label(4, "实施单位").Text(5, evaluation.Department, columnSpan: 3).Next();
        Funds(grid, evaluation);
        grid.Label(0, "年度总体目标", rowSpan: 2).Label(1, "预期目标", columnSpan: 4).Label(5, "实际完成情况", columnSpan: 3).Next();
        // The model keeps no sentence of how the goal was met: that half stays blank to fill.
        grid.Text(1, DepartmentForm.Lines(evaluation.Goals), columnSpan: 4).Text(5, null, columnSpan: 3).Next();
        Indicators(grid, [.. evaluation.Indicators.Where(indicator => !IsExecutionRate(indicator))]);
        grid.Label(0, "总分", columnSpan: 5).Text(5, null).Number(6, evaluation.Score?.Total, ValueFormat.Points).Text(7, null).Next();
        grid.Label(0, "自评等级", columnSpan: 5).Text(5, evaluation.Score?.Grade is { } grade ? GradeNames.ToChinese(grade) : null, columnSpan: 3).Next();

        return new Grid
        {
            SheetName = "自评表",
            Title = Title,
            Caption = evaluation.Year is { } year ? $"（{year}年度）" : null,
            ColumnWidths = s_widths,
            Cells = grid.Cells(),
            Landscape = true,
            Notes = [.. DepartmentForm.Filed(evaluation)],
        };
    }

    private static void Funds(GridBuilder grid, Evaluation evaluation)
    {
        var budget = evaluation.Budget ?? new Budget();
        var leaf = evaluation.Indicators.FirstOrDefault(IsExecutionRate);
        grid.Label(0, "项目资金（万元）", rowSpan: 2 + s_sourceRows.Length).Text(1, null).Header(2, "年初预算数").Header(3, "全年预算数").Header(4, "全年执行数")
            .Header(5, "分值").Header(6, "执行率").Header(7, "得分").Next();
        grid.Label(1, "年度资金总额").Number(2, budget.Initial, ValueFormat.Amount).Number(3, budget.Adjusted, ValueFormat.Amount)
            .Number(4, budget.Actual, ValueFormat.Amount).Number(5, leaf?.Weight, ValueFormat.Points)
            .Number(6, budget.ExecutionRate, ValueFormat.Percent).Number(7, leaf?.Score, ValueFormat.Points).Next();
        foreach (var (label, sources) in s_sourceRows)
        {
            decimal? actual = sources.Select(source => budget.BySource.TryGetValue(source, out var value) ? value : (decimal?)null).FirstOrDefault(value => value is not null);
            // Only the actual by source is in the model; the other columns of these rows stay blank.
            grid.Label(1, label).Text(2, null).Text(3, null).Number(4, actual, ValueFormat.Amount).Text(5, "—").Text(6, "—").Text(7, "—").Next();
        }
    }

    private static void Indicators(GridBuilder grid, IReadOnlyList<Indicator> indicators)
    {
        string[] headers = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"];
        for (var i = 0; i < headers.Length; i++)
        {
            grid.Header(i, headers[i]);
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
