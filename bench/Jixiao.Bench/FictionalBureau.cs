using System.Globalization;
using Jixiao.Domain.Model;

namespace Jixiao.Bench;

/// <summary>
/// A fictional bureau's evaluations, made up from a seed (the same seed gives the same evaluations): departments
/// of invented names, each with a budget, a dozen scored indicators, goals, problems and a few findings, year after year.
/// About the size of a real department's self-evaluation as interchange JSON (7–9 KB).
/// </summary>
internal static class FictionalBureau
{
    private static readonly string[] s_kinds = ["司法局", "应急管理局", "教育局", "卫生健康局", "民政局", "财政局", "统计局", "文化广电旅游局", "农业农村局", "生态环境分局"];
    private static readonly string[] s_parts = ["产出", "效益", "满意度"];

    public static string Department(int index) =>
        string.Create(CultureInfo.InvariantCulture, $"云溪市第{index / s_kinds.Length + 1}区{s_kinds[index % s_kinds.Length]}");

    public static Evaluation Make(int department, int year)
    {
        var random = new Random(HashCode.Combine(department, year));
        var initial = Money(random, 200, 20000);
        var adjusted = decimal.Round(initial * (0.9m + (decimal)random.NextDouble() * 0.3m), 2, MidpointRounding.AwayFromZero);
        var actual = decimal.Round(adjusted * (0.8m + (decimal)random.NextDouble() * 0.21m), 2, MidpointRounding.AwayFromZero);
        var indicators = Enumerable.Range(0, 12).Select(i => Indicator(random, i)).ToList();
        var total = indicators.Sum(indicator => indicator.Score!.Value) + 10m * Math.Min(1m, actual / adjusted);
        total = decimal.Round(total, 2, MidpointRounding.AwayFromZero);
        return new Evaluation
        {
            Kind = EvaluationKind.Department,
            Framework = "output-benefit",
            Department = Department(department),
            Year = year,
            Unit = "万元",
            Budget = new Budget { Initial = initial, Adjusted = adjusted, Actual = actual, Basic = decimal.Round(actual * 0.7m, 2), Project = actual - decimal.Round(actual * 0.7m, 2) },
            Goals = [.. Enumerable.Range(1, 5).Select(i => $"完成年度重点工作任务第{i}项，服务群众不少于{random.Next(100, 5000)}人次。")],
            Indicators = indicators,
            Score = new Score { Total = total, Grade = total >= 90 ? Grade.Excellent : total >= 80 ? Grade.Good : total >= 60 ? Grade.Fair : Grade.Poor },
            Problems = [.. Enumerable.Range(1, random.Next(1, 4)).Select(i => $"问题{i}：部分项目预算执行进度偏慢，绩效目标设置不够细化。")],
            Improvements = ["加强预算执行监控，按月通报进度。", "细化绩效目标，提高指标的可衡量性。"],
            Findings = [.. Enumerable.Range(0, random.Next(0, 6)).Select(i => new Finding
            {
                Code = $"JX-B00{1 + (i % 5)}",
                Severity = (Severity)random.Next(0, 3),
                Field = "budget.actual",
                Message = $"预算执行率 {Math.Round(actual / adjusted * 100, 2)}% 与打印值不一致（虚构）",
            })],
        };
    }

    private static Indicator Indicator(Random random, int index)
    {
        var weight = index < 8 ? 5m : 12.5m / 2;
        var score = decimal.Round(weight * (0.7m + (decimal)random.NextDouble() * 0.3m), 2, MidpointRounding.AwayFromZero);
        var part = s_parts[index % s_parts.Length];
        var name = $"{part}指标{index + 1}";
        var target = random.Next(10, 1000);
        return new Indicator
        {
            Path = [part, part + "二级", name],
            Name = name,
            Weight = weight,
            Score = Math.Min(weight, score),
            Target = $"≥{target}件",
            Actual = $"{target + random.Next(-50, 400)}件",
        };
    }

    private static decimal Money(Random random, int min, int max) => decimal.Round(min + (decimal)random.NextDouble() * (max - min), 2, MidpointRounding.AwayFromZero);
}
