using Jixiao.Domain.Model;
using Jixiao.Render.Layout;

namespace Jixiao.Render.Forms;

/// <summary>部门资金情况: the budget's printed columns and rates in label and value pairs, then sources, nature, carryover and staff.</summary>
internal static class DepartmentFunds
{
    private static readonly string[] s_sources = ["一般公共预算", "政府性基金预算", "国有资本经营预算", "其他资金"];

    public static void Add(GridBuilder grid, Evaluation evaluation)
    {
        var budget = evaluation.Budget ?? new Budget();
        var pairs = new List<(string Label, decimal? Value, ValueFormat Format)>
        {
            ("部门调整预算收入", budget.Adjusted, ValueFormat.Amount), ("部门年初预算收入", budget.Initial, ValueFormat.Amount),
            ("实际支出数", budget.Actual, ValueFormat.Amount), ("年度预算调整数", budget.Adjustment, ValueFormat.Amount),
        };
        var sources = s_sources.Where(budget.BySource.ContainsKey).Concat(budget.BySource.Keys.Where(key => !s_sources.Contains(key)).Order(StringComparer.Ordinal)).ToList();
        if (sources.Count == 0)
        {
            sources.Add(s_sources[0]);
        }

        for (var i = 0; i < sources.Count; i++)
        {
            pairs.Add(((i == 0 ? "其中：" : "") + sources[i], budget.BySource.TryGetValue(sources[i], out var value) ? value : null, ValueFormat.Amount));
        }

        if (sources.Count % 2 == 1)
        {
            pairs.Add(("", null, ValueFormat.Text));
        }

        pairs.AddRange(
        [
            ("预算完成率", budget.ExecutionRate, ValueFormat.Percent), ("预算调整率", budget.AdjustmentRate, ValueFormat.Percent),
            ("基本支出", budget.Basic, ValueFormat.Amount), ("项目支出", budget.Project, ValueFormat.Amount),
            ("人员经费", budget.Personnel, ValueFormat.Amount), ("公用经费", budget.PublicFunds, ValueFormat.Amount),
            ("结转和结余", budget.Carryover, ValueFormat.Amount), ("", null, ValueFormat.Text),
        ]);

        var rows = pairs.Count / 2;
        grid.Label(0, "部门资金情况", rowSpan: rows);
        for (var i = 0; i < pairs.Count; i += 2)
        {
            Pair(grid, 1, pairs[i]);
            Pair(grid, 4, pairs[i + 1]);
            grid.Next();
        }

        Staff(grid, evaluation.Staff);
        Lines(grid, "按支出性质分", "支出性质", budget.ByNature.Select(line => (line.Name, line.Initial, line.Adjusted, line.Actual)).ToList());
        Lines(grid, "按功能分类分", "功能分类科目", budget.ByFunction.Select(line => (line.Name, line.Initial, line.Adjusted, line.Actual)).ToList());
    }

    /// <summary>Budget lines in the three columns a department's table prints (年初预算数, 全年预算数, 全年执行数), when listed.</summary>
    private static void Lines(GridBuilder grid, string label, string heading, List<(string Name, decimal? Initial, decimal? Adjusted, decimal? Actual)> lines)
    {
        if (lines.Count == 0)
        {
            return;
        }

        grid.Label(0, label, rowSpan: lines.Count + 1).Header(1, heading, columnSpan: 2).Header(3, "年初预算数", columnSpan: 2)
            .Header(5, "全年预算数", columnSpan: 2).Header(7, "全年执行数").Next();
        foreach (var (name, initial, adjusted, actual) in lines)
        {
            grid.Text(1, name, columnSpan: 2).Number(3, initial, ValueFormat.Amount, columnSpan: 2)
                .Number(5, adjusted, ValueFormat.Amount, columnSpan: 2).Number(7, actual, ValueFormat.Amount).Next();
        }
    }

    private static void Pair(GridBuilder grid, int column, (string Label, decimal? Value, ValueFormat Format) pair)
    {
        var span = column == 1 ? 2 : 3;
        if (pair.Label.Length == 0)
        {
            grid.Text(column, null).Text(column + 1, null, columnSpan: span);
            return;
        }

        grid.Label(column, pair.Label).Number(column + 1, pair.Value, pair.Format, columnSpan: span);
    }

    /// <summary>人员情况 (在职在编, 其他人员, 离退休), when the document printed any.</summary>
    private static void Staff(GridBuilder grid, Staff? staff)
    {
        if (staff is null)
        {
            return;
        }

        grid.Label(0, "人员情况").Label(1, "在职在编人数").Number(2, staff.Active, ValueFormat.Integer)
            .Label(3, "其他人员").Number(4, staff.Other, ValueFormat.Integer)
            .Label(5, "离退休人员", columnSpan: 2).Number(7, staff.Retired, ValueFormat.Integer).Next();
    }
}
