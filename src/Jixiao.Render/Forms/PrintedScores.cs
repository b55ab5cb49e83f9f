using Jixiao.Domain.Model;
using Jixiao.Domain.Numbers;
using Jixiao.Render.Layout;

namespace Jixiao.Render.Forms;

/// <summary>
/// The scores as the department printed them: its indicator leaves (一级 / 二级 / 三级, 指标值, 实际完成值, 分值, 得分)
/// and its conclusion (each part's 分值, 得分, 得分率; 总分, 等级, 扣分的主要原因). Jixiao's scoring is the 评分表's.
/// </summary>
internal static class PrintedScores
{
    public static void AddIndicators(GridBuilder grid, IReadOnlyList<Indicator> indicators)
    {
        if (indicators.Count == 0)
        {
            return;
        }

        grid.Label(0, "绩效指标", rowSpan: indicators.Count + 1).Header(1, "一级指标").Header(2, "二级指标").Header(3, "三级指标")
            .Header(4, "年度指标值").Header(5, "实际完成值").Header(6, "分值").Header(7, "得分").Next();
        for (var i = 0; i < indicators.Count; i++)
        {
            var indicator = indicators[i];
            var level1 = Level(indicator, 0);
            var level2 = Level(indicator, 1);
            if (i == 0 || Level(indicators[i - 1], 0) != level1)
            {
                grid.Text(1, level1, rowSpan: Run(indicators, i, 0));
            }

            if (i == 0 || Level(indicators[i - 1], 0) != level1 || Level(indicators[i - 1], 1) != level2)
            {
                grid.Text(2, level2, rowSpan: Run(indicators, i, 1));
            }

            grid.Text(3, indicator.Name).Text(4, indicator.Target).Text(5, indicator.Actual)
                .Number(6, indicator.Weight, ValueFormat.Points).Number(7, indicator.Score, ValueFormat.Points).Next();
        }

    }

    public static void AddConclusion(GridBuilder grid, Score? score)
    {
        var parts = score is null ? [] : score.Parts.Keys.Concat(score.Weights.Keys).Concat(score.Rates.Keys).Distinct().ToList();
        grid.Label(0, "自评结论", rowSpan: parts.Count + 3).Header(1, "一级指标", columnSpan: 3).Header(4, "分值").Header(5, "得分").Header(6, "得分率", columnSpan: 2).Next();
        foreach (var part in parts)
        {
            grid.Text(1, part, columnSpan: 3).Number(4, score!.Weights.TryGetValue(part, out var weight) ? weight : null, ValueFormat.Points)
                .Number(5, score.Parts.TryGetValue(part, out var points) ? points : null, ValueFormat.Points)
                .Number(6, score.Rates.TryGetValue(part, out var rate) ? rate : null, ValueFormat.Percent, columnSpan: 2).Next();
        }

        grid.Label(1, "总分", columnSpan: 3).Number(4, score?.Total, ValueFormat.Points, columnSpan: 2)
            .Label(6, "自评等级").Text(7, score?.Grade is { } grade ? GradeNames.ToChinese(grade) : null).Next();
        grid.Label(1, "扣分的主要原因", columnSpan: 3).Text(4, DepartmentForm.Lines(score?.DeductionReasons ?? []), columnSpan: 4).Next();
    }

    private static string Level(Indicator indicator, int depth) => IndicatorLevels.Level(indicator, depth);

    private static int Run(IReadOnlyList<Indicator> indicators, int from, int depth) => IndicatorLevels.Run(indicators, from, depth);
}
