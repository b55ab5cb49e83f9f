using Jixiao.Domain.Model;
using Jixiao.Domain.Numbers;

namespace Jixiao.Domain.Interchange;

/// <summary>
/// The checks without which an evaluation cannot be used at all: amounts and points that are negative
/// or absurdly large, a year out of range, an indicator whose path does not end in its name.
/// Inconsistencies between valid values are the reviewer's checks, not these.
/// </summary>
internal static class EvaluationValidator
{
    /// <summary>10¹² 万元: beyond any budget, and far from decimal overflow in the formulas.</summary>
    private const decimal MaxAmount = 1_000_000_000_000m;

    /// <summary>Decimals beyond 0.0001 元 (8 in 万元) are not printed amounts; the bound keeps every ratio in range.</summary>
    private const int MaxScale = 8;

    public static IReadOnlyList<InputError> Validate(Evaluation evaluation)
    {
        var errors = new List<InputError>();
        void Amount(string place, decimal? value)
        {
            if (value < 0)
            {
                errors.Add(new InputError(place, $"不能为负数（{Number.Show(value.Value)}）"));
            }
            else
            {
                Signed(place, value);
            }
        }

        void Signed(string place, decimal? value)
        {
            if (value is { } v && (Math.Abs(v) > MaxAmount || v.Scale > MaxScale))
            {
                errors.Add(new InputError(place, $"数值超出范围（{Number.Show(v)}）：绝对值不超过 10¹²，小数不超过 {MaxScale} 位"));
            }
        }

        if (evaluation.Year is < 1990 or > 2100)
        {
            errors.Add(new InputError("year", $"年度 {evaluation.Year} 不在 1990–2100 之内"));
        }

        if (evaluation.Unit is { } unit && unit is not ("万元" or "元" or "亿元"))
        {
            errors.Add(new InputError("unit", $"金额单位应为 万元、元 或 亿元，实为「{unit}」"));
        }

        Amount("staff.active", evaluation.Staff?.Active);
        Amount("staff.other", evaluation.Staff?.Other);
        Amount("staff.retired", evaluation.Staff?.Retired);
        ValidateBudget(evaluation.Budget, "budget", Amount, Signed);
        ValidateBudget(evaluation.Computed?.Budget, "computed.budget", Amount, Signed);
        ValidateNatures(evaluation.Budget, "budget", errors, Amount);
        for (var i = 0; i < evaluation.Tasks.Count; i++)
        {
            Amount($"tasks[{i}].funds", evaluation.Tasks[i].Funds);
        }

        for (var i = 0; i < evaluation.KeyProjects.Count; i++)
        {
            var project = evaluation.KeyProjects[i];
            Amount($"keyProjects[{i}].budget", project.Budget);
            Amount($"keyProjects[{i}].actual", project.Actual);
            Amount($"keyProjects[{i}].executionRate", project.ExecutionRate);
            Amount($"keyProjects[{i}].score", project.Score);
        }

        ValidateIndicators(evaluation.Indicators, "indicators", errors, Amount);
        if (evaluation.Computed is { } computed)
        {
            ValidateIndicators(computed.Indicators, "computed.indicators", errors, Amount);
        }

        Amount("score.total", evaluation.Score?.Total);
        foreach (var (name, points) in evaluation.Score?.Parts ?? new Dictionary<string, decimal>())
        {
            Amount($"score.parts.{name}", points);
        }

        return errors;
    }

    private static void ValidateBudget(Budget? budget, string prefix, Action<string, decimal?> amount, Action<string, decimal?> signed)
    {
        if (budget is null)
        {
            return;
        }

        // The adjustment may be signed (reports print its magnitude, people may type the sign),
        // and so may the carryover (an overspent budget leaves a negative one).
        signed($"{prefix}.adjustment", budget.Adjustment);
        signed($"{prefix}.carryover", budget.Carryover);
        amount($"{prefix}.initial", budget.Initial);
        amount($"{prefix}.adjusted", budget.Adjusted);
        amount($"{prefix}.actual", budget.Actual);
        amount($"{prefix}.executionRate", budget.ExecutionRate);
        amount($"{prefix}.adjustmentRate", budget.AdjustmentRate);
        amount($"{prefix}.basic", budget.Basic);
        amount($"{prefix}.personnel", budget.Personnel);
        amount($"{prefix}.publicFunds", budget.PublicFunds);
        amount($"{prefix}.project", budget.Project);
        amount($"{prefix}.basicShare", budget.BasicShare);
        amount($"{prefix}.projectShare", budget.ProjectShare);
        foreach (var (source, value) in budget.BySource)
        {
            amount($"{prefix}.bySource.{source}", value);
        }

        for (var i = 0; i < budget.ByFunction.Count; i++)
        {
            amount($"{prefix}.byFunction[{i}].initial", budget.ByFunction[i].Initial);
            amount($"{prefix}.byFunction[{i}].adjusted", budget.ByFunction[i].Adjusted);
            amount($"{prefix}.byFunction[{i}].actual", budget.ByFunction[i].Actual);
        }
    }

    /// <summary>The lines by nature are the four natures, each once: the review checks look them up by name.</summary>
    private static void ValidateNatures(Budget? budget, string prefix, List<InputError> errors, Action<string, decimal?> amount)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (budget?.ByNature.Count ?? 0); i++)
        {
            var line = budget!.ByNature[i];
            var place = $"{prefix}.byNature[{i}]";
            if (!NatureLine.Names.Contains(line.Name))
            {
                errors.Add(new InputError($"{place}.name", $"支出性质应为 {string.Join("、", NatureLine.Names)} 之一，实为「{line.Name}」"));
            }
            else if (!seen.Add(line.Name))
            {
                errors.Add(new InputError($"{place}.name", $"「{line.Name}」列了两次"));
            }

            amount($"{place}.initial", line.Initial);
            amount($"{place}.adjusted", line.Adjusted);
            amount($"{place}.actual", line.Actual);
        }
    }

    private static void ValidateIndicators(
        IReadOnlyList<Indicator> indicators, string prefix, List<InputError> errors, Action<string, decimal?> amount)
    {
        for (var i = 0; i < indicators.Count; i++)
        {
            var indicator = indicators[i];
            var place = $"{prefix}[{i}]";
            amount($"{place}.weight", indicator.Weight);
            amount($"{place}.score", indicator.Score);
            amount($"{place}.rate", indicator.Rate);
            for (var d = 0; d < indicator.Deductions.Count; d++)
            {
                amount($"{place}.deductions[{d}].points", indicator.Deductions[d].Points);
            }

            if (string.IsNullOrWhiteSpace(indicator.Name) || indicator.Path.Any(string.IsNullOrWhiteSpace))
            {
                errors.Add(new InputError(place, "指标名称和路径中的各级名称不能为空"));
            }
            else if (indicator.Path.Count > 0 && indicator.Path[^1] != indicator.Name)
            {
                errors.Add(new InputError($"{place}.path", $"路径应以指标名称「{indicator.Name}」结尾，实为「{indicator.Path[^1]}」"));
            }
        }
    }
}
