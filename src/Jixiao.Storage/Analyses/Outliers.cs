using Jixiao.Storage.Reports;

namespace Jixiao.Storage.Analyses;

/// <summary>
/// Execution and adjustment rates far from the year's others: outside Tukey's fences, 1.5 interquartile ranges
/// beyond the first and third quartiles (quartiles by linear interpolation, exact decimals).
/// </summary>
internal static class Outliers
{
    public static Sheet Run(JixiaoDb db, int year)
    {
        var lines = Current.Lines(db, year, year);
        var rows = new List<object?[]>();
        var notes = new List<string>();
        foreach (var (measure, values) in new (string, List<(string Department, decimal Value)>)[]
        {
            ("预算执行率(%)", [.. lines.Where(l => l.ExecutionRate is not null).Select(l => (l.Department, Units.FromUnits(l.ExecutionRate!.Value)))]),
            ("预算调整率(%)", [.. lines.Where(l => l.AdjustmentRate is not null).Select(l => (l.Department, Units.FromUnits(l.AdjustmentRate!.Value)))]),
        })
        {
            if (values.Count < 4)
            {
                notes.Add($"{measure}：只有 {values.Count} 个值，不足以判断异常。");
                continue;
            }

            var sorted = values.Select(v => v.Value).Order().ToList();
            var (q1, q3) = (Quantile(sorted, 0.25m), Quantile(sorted, 0.75m));
            var (low, high) = (q1 - 1.5m * (q3 - q1), q3 + 1.5m * (q3 - q1));
            foreach (var (department, value) in values.Where(v => v.Value < low || v.Value > high).OrderBy(v => v.Value))
            {
                rows.Add([department, measure, value, value < low ? "偏低" : "偏高", Round(low), Round(high)]);
            }

            notes.Add($"{measure}：{values.Count} 个值，第一四分位数 {Round(q1)}，第三四分位数 {Round(q3)}，正常范围 {Round(low)}–{Round(high)}。");
        }

        return new Sheet("异常值", ["部门", "指标", "值", "方向", "下限", "上限"], rows) { Notes = notes };
    }

    private static decimal Quantile(List<decimal> sorted, decimal p)
    {
        var position = (sorted.Count - 1) * p;
        var below = (int)decimal.Floor(position);
        var above = Math.Min(below + 1, sorted.Count - 1);
        return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
    }

    private static decimal Round(decimal value) => decimal.Round(value, 2, MidpointRounding.AwayFromZero);
}
