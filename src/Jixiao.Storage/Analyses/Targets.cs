using Jixiao.Domain.Model;
using Jixiao.Domain.Numbers;
using Jixiao.Storage.Reports;

namespace Jixiao.Storage.Analyses;

/// <summary>
/// The same indicator (department, indicator name) across the last <see cref="Years"/> years: targets that never move
/// (the same printed target three years running or more) and actuals far beyond their target this year.
/// </summary>
internal static class Targets
{
    public const int Years = 5;

    /// <summary>How far beyond its target (percent of the target, in the good direction) an actual is "far".</summary>
    public const int FarAbove = 50;

    public static Sheet Run(JixiaoDb db, int year)
    {
        var lines = Current.Lines(db, year - Years + 1, year);
        var reporting = lines.Where(line => line.Year == year).Select(line => line.DepartmentId).ToHashSet();
        lines = [.. lines.Where(line => reporting.Contains(line.DepartmentId))];
        var rows = new List<object?[]>();
        // A few hundred departments' evaluations in memory at a time, not every year of every department at once.
        foreach (var departments in lines.GroupBy(line => line.DepartmentId).Chunk(Current.ChunkDepartments))
        {
            var chunk = departments.SelectMany(department => department).ToList();
            rows.AddRange(Flagged(chunk, Current.Evaluations(db, chunk.Select(line => line.RevisionId)), year));
        }

        rows.Sort((x, y) => string.CompareOrdinal((string)x[0]! + "\n" + (string)x[1]!, (string)y[0]! + "\n" + (string)y[1]!));
        var headers = new List<string> { "部门", "指标", "发现" };
        headers.AddRange(Enumerable.Range(year - Years + 1, Years).Select(y => $"{y} 年 目标/实际"));
        return new Sheet("指标目标与实际", headers, rows)
        {
            Notes = [$"{year} 年有自评的部门，同名指标在 {year - Years + 1}–{year} 年的目标值和实际值；只列目标值连续三年以上未变、或本年实际值超出目标 {FarAbove}% 以上的指标：{rows.Count} 项。"],
        };
    }

    private static IEnumerable<object?[]> Flagged(List<Current.Line> lines, Dictionary<long, Evaluation> evaluations, int year)
    {
        var history = from line in lines
                      from indicator in evaluations[line.RevisionId].Indicators
                      group (line.Year, indicator) by (line.Department, indicator.Name) into series
                      orderby series.Key.Department, series.Key.Name
                      select series;
        foreach (var series in history)
        {
            var byYear = series.GroupBy(point => point.Year).ToDictionary(g => g.Key, g => g.First().indicator);
            var flags = new List<string>();
            if (Unchanged(byYear, year) is { } years and >= 3)
            {
                flags.Add($"目标值连续 {years} 年未变");
            }

            if (byYear.GetValueOrDefault(year) is { } now && Beyond(now) is { } beyond && beyond >= FarAbove)
            {
                flags.Add($"实际值超出目标 {Number.Show(decimal.Round(beyond, 2, MidpointRounding.AwayFromZero))}%");
            }

            if (flags.Count > 0)
            {
                var cells = new List<object?> { series.Key.Department, series.Key.Name, string.Join("；", flags) };
                for (var y = year - Years + 1; y <= year; y++)
                {
                    cells.Add(byYear.GetValueOrDefault(y) is { } indicator ? $"{indicator.Target ?? "—"} / {indicator.Actual ?? "—"}" : null);
                }

                yield return [.. cells];
            }
        }

    }

    /// <summary>How many years in a row, ending with <paramref name="year"/>, printed the same target.</summary>
    private static int? Unchanged(Dictionary<int, Indicator> byYear, int year)
    {
        if (byYear.GetValueOrDefault(year)?.Target is not { Length: > 0 } target)
        {
            return null;
        }

        var count = 0;
        while (byYear.GetValueOrDefault(year - count)?.Target == target)
        {
            count++;
        }

        return count;
    }

    private static decimal? Beyond(Indicator indicator) =>
        QuantityParser.TryParseTarget(indicator.Target, out var target) && QuantityParser.TryParseQuantity(indicator.Actual, out var actual)
            && target.IsComparableWith(actual) ? target.Exceedance(actual) : null;
}
