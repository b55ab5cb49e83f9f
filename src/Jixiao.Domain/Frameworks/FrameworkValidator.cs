using Jixiao.Domain.Interchange;
using Jixiao.Domain.Model;
using Jixiao.Domain.Numbers;

namespace Jixiao.Domain.Frameworks;

/// <summary>The rules a framework file must keep before anything is scored by it.</summary>
internal static class FrameworkValidator
{
    /// <summary>No scheme gives more points; the bound also keeps sums of weights far from overflow.</summary>
    private const decimal MaxPoints = 1000m;

    public static IReadOnlyList<InputError> Validate(Framework framework)
    {
        var errors = new List<InputError>();
        void Check(bool broken, string place, string message)
        {
            if (broken)
            {
                errors.Add(new InputError(place, message));
            }
        }

        Check(framework.Id.Length == 0, "id", "缺少指标体系编号");
        Check(framework.Name.Length == 0, "name", "缺少指标体系名称");
        Check(framework.Total is <= 0 or > MaxPoints, "total", $"总分应在 0–{MaxPoints} 分之间");
        Check(framework.Indicators.Count == 0, "indicators", "没有任何指标");
        if (framework.Indicators.All(node => node.Weight is >= 0 and <= MaxPoints)
            && framework.Indicators.Sum(node => node.Weight!.Value) is var sum && sum != framework.Total)
        {
            errors.Add(new InputError("indicators", $"一级指标分值合计 {Number.ShowSum(sum)} 分，应为 {Number.Show(framework.Total)} 分"));
        }

        ValidateNodes(framework.Indicators, "indicators", errors);
        for (var i = 0; i < framework.Requires.Count; i++)
        {
            Check(!EvaluationParts.IsKnown(framework.Requires[i]), $"requires[{i}]",
                $"没有「{framework.Requires[i]}」这一部分（可选：{string.Join("、", EvaluationParts.Names)}）");
        }

        var grades = framework.Grades;
        Check(grades.Count == 0, "grades", "没有等级划分");
        Check(grades.Count > 0 && grades.Min(band => band.Min) > 0, "grades", "最低一档的下限应为 0，否则低分没有等级");
        Check(grades.DistinctBy(band => band.Grade).Count() != grades.Count || grades.DistinctBy(band => band.Min).Count() != grades.Count,
            "grades", "等级或下限重复");

        var bands = framework.QualitativeBands;
        Check(bands.Select(band => band.Achievement).Order().SequenceEqual(Enum.GetValues<Achievement>()) is false,
            "qualitativeBands", "达成、部分达成、未达成三档须各列一次");
        for (var i = 0; i < bands.Count; i++)
        {
            var band = bands[i];
            Check(band.Min < 0 || band.Max > 100 || band.Min > band.Max || band.Default < band.Min || band.Default > band.Max,
                $"qualitativeBands[{i}]", "档次应满足 0 ≤ min ≤ default ≤ max ≤ 100");
        }

        var rule = framework.OverAchievement;
        Check(rule.Threshold is < 0 or > 10_000 || rule.DeductionPerPoint is < 0 or > 100 || rule.MaxDeduction is < 0 or > 100,
            "overAchievement", "阈值应在 0–10000 之间，每点扣分比例和扣分上限应在 0–100 之间");
        return errors;
    }

    private static void ValidateNodes(IReadOnlyList<FrameworkNode> nodes, string prefix, List<InputError> errors)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i];
            var place = $"{prefix}[{i}]";
            void Check(bool broken, string where, string message)
            {
                if (broken)
                {
                    errors.Add(new InputError(where, message));
                }
            }

            Check(string.IsNullOrWhiteSpace(node.Name), place, "缺少指标名称");
            // Compared as documents are matched: 「产出」 and 「产出指标」 are one name.
            foreach (var key in node.Keys)
            {
                Check(!names.Add(key), place, $"同一级有两个「{key}」（名称或别名重复，比较时不计空格、末尾的「指标」和括注的分值）");
            }

            Check(node.Weight is < 0 or > MaxPoints, $"{place}.weight", $"分值应在 0–{MaxPoints} 分之间");
            Check(node.IsFixedLeaf && node.Weight is null, $"{place}.weight", $"末级指标「{node.Name}」缺少分值");
            Check(node.Open && node.Children.Count > 0, $"{place}.open", $"「{node.Name}」由部门设置指标（open），不能再列下级指标");
            Check(!node.IsFixedLeaf && node.Method is not null, $"{place}.method", "只有末级指标才有计分方法");
            Check(node.RateFromBudget && node.Method != ScoringMethod.ExecutionRate, $"{place}.rateFromBudget", "只有预算执行率（executionRate）指标能取预算数据");

            var childWeights = node.Children.Select(child => child.Weight).ToList();
            if (node.Weight is { } weight && childWeights.Count > 0 && childWeights.All(w => w is >= 0 and <= MaxPoints)
                && childWeights.Sum() is { } sum && sum != weight)
            {
                errors.Add(new InputError(place, $"「{node.Name}」下各指标分值合计 {Number.ShowSum(sum)} 分，应为 {Number.Show(weight)} 分"));
            }

            ValidateNodes(node.Children, $"{place}.children", errors);
        }
    }
}
