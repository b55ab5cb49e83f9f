using Jixiao.Domain.Model;
using Jixiao.Render.Forms;
using Jixiao.Render.Layout;

namespace Jixiao.Render.Report;

/// <summary>
/// The report's tables: the 自评表's parts with one column per heading (merged down, never across), as tables in a
/// report are printed; null when there is nothing to show.
/// </summary>
internal static class ReportTables
{
    public static IEnumerable<Grid> Budget(Evaluation evaluation)
    {
        var budget = evaluation.Budget ?? new Budget();
        if (Lines("支出性质", budget.ByNature.Select(line => (line.Name, line.Initial, line.Adjusted, line.Actual)).ToList()) is { } nature)
        {
            yield return nature;
        }

        if (Lines("功能分类科目", budget.ByFunction.Select(line => (line.Name, line.Initial, line.Adjusted, line.Actual)).ToList()) is { } functions)
        {
            yield return functions;
        }
    }

    public static Grid? Tasks(Evaluation evaluation)
    {
        if (evaluation.Tasks.Count == 0)
        {
            return null;
        }

        var grid = new GridBuilder(6);
        grid.Header(0, "主要任务").Header(1, "预期目标").Header(2, "目标完成情况").Header(3, "关键指标").Header(4, "指标完成情况").Header(5, "任务涉及资金").Next();
        foreach (var task in evaluation.Tasks)
        {
            var rows = Math.Max(1, task.Indicators.Count);
            grid.Text(0, task.Name, rowSpan: rows).Text(1, task.Target ?? task.Content, rowSpan: rows).Text(2, task.Completion, rowSpan: rows)
                .Number(5, task.Funds, ValueFormat.Amount, rowSpan: rows);
            if (task.Indicators.Count == 0)
            {
                grid.Text(3, null).Text(4, null).Next();
            }

            foreach (var indicator in task.Indicators)
            {
                grid.Text(3, indicator.Name).Text(4, indicator.Actual).Next();
            }
        }

        return Grid("重点工作任务", grid, [8, 20, 20, 14, 12, 8], "单位：万元") with { HeaderRows = 1 };
    }

    public static Grid? KeyIndicators(Evaluation evaluation)
    {
        if (evaluation.KeyIndicators.Count == 0)
        {
            return null;
        }

        var grid = new GridBuilder(3);
        grid.Header(0, "指标名称").Header(1, "预期值").Header(2, "实际完成值").Next();
        foreach (var indicator in evaluation.KeyIndicators)
        {
            grid.Text(0, indicator.Name).Text(1, indicator.Target).Text(2, indicator.Actual).Next();
        }

        return Grid("关键指标", grid, [14, 25, 25], null) with { HeaderRows = 1 };
    }

    public static Grid? Indicators(Evaluation evaluation)
    {
        var indicators = evaluation.Indicators;
        if (indicators.Count == 0)
        {
            return null;
        }

        var grid = new GridBuilder(7);
        grid.Header(0, "一级指标").Header(1, "二级指标").Header(2, "三级指标").Header(3, "年度指标值").Header(4, "实际完成值").Header(5, "分值").Header(6, "得分").Next();
        for (var i = 0; i < indicators.Count; i++)
        {
            if (i == 0 || IndicatorLevels.Level(indicators[i - 1], 0) != IndicatorLevels.Level(indicators[i], 0))
            {
                grid.Text(0, IndicatorLevels.Level(indicators[i], 0), rowSpan: IndicatorLevels.Run(indicators, i, 0));
            }

            if (i == 0 || IndicatorLevels.Run(indicators, i - 1, 1) == 1)
            {
                grid.Text(1, IndicatorLevels.Level(indicators[i], 1), rowSpan: IndicatorLevels.Run(indicators, i, 1));
            }

            grid.Text(2, indicators[i].Name).Text(3, indicators[i].Target).Text(4, indicators[i].Actual)
                .Number(5, indicators[i].Weight, ValueFormat.Points).Number(6, indicators[i].Score, ValueFormat.Points).Next();
        }

        return Grid("指标得分", grid, [9, 11, 20, 14, 14, 6, 6], null) with { HeaderRows = 1 };
    }

    private static Grid? Lines(string heading, List<(string Name, decimal? Initial, decimal? Adjusted, decimal? Actual)> lines)
    {
        if (lines.Count == 0)
        {
            return null;
        }

        var grid = new GridBuilder(4);
        grid.Header(0, heading).Header(1, "年初预算数").Header(2, "全年预算数").Header(3, "全年执行数").Next();
        foreach (var (name, initial, adjusted, actual) in lines)
        {
            grid.Text(0, name).Number(1, initial, ValueFormat.Amount).Number(2, adjusted, ValueFormat.Amount).Number(3, actual, ValueFormat.Amount).Next();
        }

        return Grid(heading, grid, [20, 12, 12, 12], "单位：万元");
    }

    private static Grid Grid(string name, GridBuilder grid, double[] widths, string? caption) => new()
    {
        SheetName = name,
        Title = name,
        Caption = caption,
        ColumnWidths = widths,
        Cells = grid.Cells(),
    };
}
