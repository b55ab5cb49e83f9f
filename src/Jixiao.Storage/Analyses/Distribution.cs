using Jixiao.Storage.Reports;

namespace Jixiao.Storage.Analyses;

/// <summary>Counts of a year's department evaluations by grade band of score and by band of execution rate (lower bounds inclusive).</summary>
internal static class Distribution
{
    private static readonly (string Name, decimal? Low, decimal? High)[] s_scoreBands =
        [("优（≥90）", 90, null), ("良（80–90）", 80, 90), ("中（60–80）", 60, 80), ("差（<60）", null, 60)];

    private static readonly (string Name, decimal? Low, decimal? High)[] s_rateBands =
        [("≥100%", 100, null), ("95%–100%", 95, 100), ("90%–95%", 90, 95), ("80%–90%", 80, 90), ("<80%", null, 80)];

    public static Sheet Run(JixiaoDb db, int year)
    {
        var lines = Current.Lines(db, year, year);
        var rows = new List<object?[]>();
        Bands(rows, "自评得分", lines.Select(line => Units.FromUnits(line.Score)).ToList(), s_scoreBands);
        Bands(rows, "预算执行率", lines.Select(line => Units.FromUnits(line.ExecutionRate)).ToList(), s_rateBands);
        return new Sheet("分布", ["指标", "区间", "份数", "占比(%)"], rows)
        {
            Notes = [$"{year} 年部门整体支出自评 {lines.Count} 份；区间含下限不含上限；占比四舍五入到两位小数。"],
        };
    }

    private static void Bands(List<object?[]> rows, string measure, List<decimal?> values, (string Name, decimal? Low, decimal? High)[] bands)
    {
        foreach (var (name, low, high) in bands)
        {
            var count = values.Count(v => v is { } x && (low is null || x >= low) && (high is null || x < high));
            rows.Add([measure, name, count, Share(count, values.Count)]);
        }

        var missing = values.Count(v => v is null);
        rows.Add([measure, "未列出", missing, Share(missing, values.Count)]);
    }

    private static decimal? Share(int count, int total) =>
        total == 0 ? null : decimal.Round(count * 100m / total, 2, MidpointRounding.AwayFromZero);
}
