using Jixiao.Domain.Model;
using Jixiao.Domain.Numbers;

namespace Jixiao.Render.Report;

/// <summary>The sentences the report makes from the data: each states only printed values, and says nothing of what is absent.</summary>
internal static class ReportSentences
{
    public static string? Staff(Staff? staff)
    {
        var clauses = Clauses(("在职在编", staff?.Active), ("其他人员", staff?.Other), ("离退休人员", staff?.Retired)).Select(pair => $"{pair.Label} {pair.Value} 人").ToList();
        return clauses.Count == 0 ? null : $"年末共有{string.Join("，", clauses)}。";
    }

    /// <summary>The budget paragraph: the amounts and rates, then sources, nature and carryover, each a sentence when printed.</summary>
    public static IReadOnlyList<string> Budget(Evaluation evaluation)
    {
        var budget = evaluation.Budget ?? new Budget();
        var year = evaluation.Year is { } value ? $"{value}年度，" : "";
        var sentences = new List<string>();
        var main = new List<string>();
        if (budget.Initial is { } initial)
        {
            main.Add($"年初预算数 {Number.Show(initial)} 万元");
        }

        if (budget.Adjustment is { } adjustment)
        {
            main.Add($"年度预算调整数 {Number.Show(adjustment)} 万元");
        }

        if (budget.AdjustmentRate is { } adjustmentRate)
        {
            main.Add($"预算调整率 {Number.Show(adjustmentRate)}%");
        }

        if (budget.Adjusted is { } adjusted)
        {
            main.Add($"全年预算数 {Number.Show(adjusted)} 万元");
        }

        if (budget.Actual is { } actual)
        {
            main.Add($"全年执行数 {Number.Show(actual)} 万元");
        }

        if (budget.ExecutionRate is { } rate)
        {
            main.Add($"预算执行率为 {Number.Show(rate)}%");
        }

        if (main.Count > 0)
        {
            sentences.Add($"{year}{string.Join("，", main)}。");
        }

        if (budget.BySource.Count > 0)
        {
            sentences.Add($"按资金来源分，{string.Join("，", budget.BySource.Select(pair => $"{pair.Key}支出 {Number.Show(pair.Value)} 万元"))}。");
        }

        var nature = Clauses(("基本支出", budget.Basic), ("人员经费", budget.Personnel), ("公用经费", budget.PublicFunds), ("项目支出", budget.Project))
            .Select(pair => $"{pair.Label} {Number.Show(pair.Value)} 万元").ToList();
        if (nature.Count > 0)
        {
            sentences.Add($"按支出性质分，{string.Join("，", nature)}。");
        }

        if (budget.Carryover is { } carryover)
        {
            sentences.Add($"年末结转和结余 {Number.Show(carryover)} 万元。");
        }

        return sentences;
    }

    /// <summary>The score paragraph: total, grade and each part as printed, then each 扣分原因 as printed.</summary>
    public static IReadOnlyList<string> Score(Evaluation evaluation)
    {
        var score = evaluation.Score;
        var sentences = new List<string>();
        var main = new List<string>();
        if (score?.Total is { } total)
        {
            main.Add($"自评总分 {Number.Show(total)} 分");
        }

        if (score?.Grade is { } grade)
        {
            main.Add($"自评等级为{GradeNames.ToChinese(grade)}");
        }

        if (main.Count > 0)
        {
            sentences.Add($"经自评，{string.Join("，", main)}。");
        }

        return sentences;
    }

    /// <summary>
    /// Each part's printed weight, score and rate, under a heading of its own (「履职效能指标分析」), where the extractor and
    /// a reader take an unnamed 得分 as that part's.
    /// </summary>
    public static IEnumerable<(string Part, string Sentence)> Parts(Score? score)
    {
        if (score is null)
        {
            yield break;
        }

        foreach (var part in score.Parts.Keys.Concat(score.Weights.Keys).Concat(score.Rates.Keys).Distinct())
        {
            var clauses = new List<string>();
            if (score.Weights.TryGetValue(part, out var weight))
            {
                clauses.Add($"指标分值 {Number.Show(weight)} 分");
            }

            if (score.Parts.TryGetValue(part, out var points))
            {
                clauses.Add($"得分 {Number.Show(points)} 分");
            }

            if (score.Rates.TryGetValue(part, out var rate))
            {
                clauses.Add($"得分率为 {Number.Show(rate)}%");
            }

            yield return (part, string.Join("，", clauses) + "。");
        }
    }

    /// <summary>The project's names as a project table labels them, one paragraph each.</summary>
    public static IReadOnlyList<string> Project(Evaluation evaluation) =>
    [
        .. new[] { ("项目名称", evaluation.Project?.Name), ("主管部门", evaluation.Project?.Supervisor), ("实施单位", evaluation.Department) }
            .Where(pair => !string.IsNullOrWhiteSpace(pair.Item2)).Select(pair => $"{pair.Item1}：{pair.Item2}"),
    ];

    private static IEnumerable<(string Label, T Value)> Clauses<T>(params (string Label, T? Value)[] pairs)
        where T : struct => pairs.Where(pair => pair.Value is not null).Select(pair => (pair.Label, pair.Value!.Value));
}
