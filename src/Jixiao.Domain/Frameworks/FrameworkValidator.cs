using System.Globalization;
using Jixiao.Domain.Interchange;

namespace Jixiao.Domain.Frameworks;

/// <summary>The rules a framework file must keep before anything is scored by it.</summary>
internal static class FrameworkValidator
{
    public static IReadOnlyList<InputError> Validate(Framework framework)
    {
        var errors = new List<InputError>();
        if (framework.Id.Length == 0)
        {
            errors.Add(new InputError("id", "缺少指标体系编号"));
        }

        if (framework.Name.Length == 0)
        {
            errors.Add(new InputError("name", "缺少指标体系名称"));
        }

        if (framework.Indicators.Count == 0)
        {
            errors.Add(new InputError("indicators", "没有任何指标"));
        }

        var topWeights = framework.Indicators.Select(node => node.Weight).ToList();
        if (topWeights.All(weight => weight is not null) && topWeights.Sum() is { } sum && sum != framework.Total)
        {
            errors.Add(new InputError("indicators", $"一级指标分值合计 {Show(sum)} 分，应为 {Show(framework.Total)} 分"));
        }

        ValidateNodes(framework.Indicators, "indicators", errors);
        if (framework.Grades.Count == 0)
        {
            errors.Add(new InputError("grades", "没有等级划分"));
        }

        for (var i = 0; i < framework.QualitativeBands.Count; i++)
        {
            var band = framework.QualitativeBands[i];
            if (band.Min < 0 || band.Max > 100 || band.Min > band.Max || band.Default < band.Min || band.Default > band.Max)
            {
                errors.Add(new InputError($"qualitativeBands[{i}]", "档次应满足 0 ≤ min ≤ default ≤ max ≤ 100"));
            }
        }

        var rule = framework.OverAchievement;
        if (rule.Threshold < 0 || rule.DeductionPerPoint < 0 || rule.MaxDeduction is < 0 or > 100)
        {
            errors.Add(new InputError("overAchievement", "阈值和扣分比例不能为负，扣分上限不超过 100"));
        }

        return errors;
    }

    private static void ValidateNodes(IReadOnlyList<FrameworkNode> nodes, string prefix, List<InputError> errors)
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i];
            var place = $"{prefix}[{i}]";
            if (node.Name.Length == 0)
            {
                errors.Add(new InputError(place, "缺少指标名称"));
            }

            if (nodes.Take(i).Any(sibling => sibling.Name == node.Name))
            {
                errors.Add(new InputError(place, $"同一级有两个「{node.Name}」"));
            }

            if (node.Weight < 0)
            {
                errors.Add(new InputError($"{place}.weight", "分值不能为负数"));
            }

            if (node.IsFixedLeaf && node.Weight is null)
            {
                errors.Add(new InputError($"{place}.weight", $"末级指标「{node.Name}」缺少分值"));
            }

            if (node.Open && node.Children.Count > 0)
            {
                errors.Add(new InputError($"{place}.open", $"「{node.Name}」由部门设置指标（open），不能再列下级指标"));
            }

            if (!node.IsFixedLeaf && node.Method is not null)
            {
                errors.Add(new InputError($"{place}.method", "只有末级指标才有计分方法"));
            }

            var childWeights = node.Children.Select(child => child.Weight).ToList();
            if (node.Weight is { } weight && childWeights.Count > 0 && childWeights.All(w => w is not null)
                && childWeights.Sum() is { } sum && sum != weight)
            {
                errors.Add(new InputError(place, $"「{node.Name}」下各指标分值合计 {Show(sum)} 分，应为 {Show(weight)} 分"));
            }

            ValidateNodes(node.Children, $"{place}.children", errors);
        }
    }

    private static string Show(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
