using Jixiao.Domain.Numbers;

namespace Jixiao.Domain.Checks.Rules;

/// <summary>JX-B: the health of the budget: spending above it, low execution, large adjustments.</summary>
internal static class BudgetRules
{
    public static IReadOnlyList<Rule> All { get; } =
    [
        new("JX-B001", RuleFamily.BudgetHealth, "执行数不应超过全年预算数", "budget.actual", [], Overspent),
        new("JX-B002", RuleFamily.BudgetHealth, "预算执行率偏低", "budget.executionRate", ["minRate"], LowExecution),
        new("JX-B003", RuleFamily.BudgetHealth, "预算调整幅度过大", "budget.adjusted", ["maxRate"], LargeAdjustment),
        new("JX-B004", RuleFamily.BudgetHealth, "重点项目实际支出不应超过预算", "keyProjects[i].actual", [], ProjectOverspent),
        new("JX-B005", RuleFamily.BudgetHealth, "报告称支出控制在预算以内，但执行数超过全年预算数", "goals[i], achievements[i], problems[i], improvements[i], score.deductionReasons[i], tasks[i].completion", [], ClaimsWithinBudget),
        new("JX-B006", RuleFamily.BudgetHealth, "功能分类执行数不应超过其全年预算数", "budget.byFunction[i].actual", [], FunctionOverspent),
    ];

    private static void Overspent(RuleContext context)
    {
        if (Overspending(context) is { } over)
        {
            context.Report("budget.actual", $"执行数 {Say.Amount(over.Actual)}超过全年预算数 {Say.Amount(over.Adjusted)}（{Rate(over.Actual, over.Adjusted)}）");
        }
    }

    private static void LowExecution(RuleContext context)
    {
        var minRate = context.Limit("minRate");
        var (rate, how) = context.Budget switch
        {
            { ExecutionRate: { } printed } => (printed, "填报"),
            { Actual: { } actual, Adjusted: { } adjusted and not 0 } => (Rounding.Round2(actual * 100m / adjusted), $"按执行数 {Number.Show(actual)} ÷ 全年预算数 {Number.Show(adjusted)} 计算"),
            _ => ((decimal?)null, ""),
        };
        if (rate < minRate)
        {
            context.Report("budget.executionRate", $"预算执行率 {Say.Rate(rate.Value)}（{how}）低于 {Say.Rate(minRate)}，{Say.Rate(100m - rate.Value)}的预算未支出");
        }
    }

    private static void LargeAdjustment(RuleContext context)
    {
        if (context.Budget is not { Initial: { } initial and not 0, Adjusted: { } adjusted })
        {
            return;
        }

        var maxRate = context.Limit("maxRate");
        var change = adjusted - initial;
        // Divided, not cross-multiplied: a limit may be as large as decimal allows. Amounts are bounded, so ×100 is safe.
        if (Math.Abs(change) * 100m / initial > maxRate)
        {
            var direction = change > 0 ? "调增" : "调减";
            context.Report("budget.adjusted", $"全年预算数 {Say.Amount(adjusted)}较年初预算 {Say.Amount(initial)}{direction} {Say.Amount(Math.Abs(change))}（{Say.Ratio(Math.Abs(change), initial)}），超过 {Say.Rate(maxRate)}，请说明调整原因");
        }
    }

    private static void ProjectOverspent(RuleContext context)
    {
        for (var i = 0; i < context.Evaluation.KeyProjects.Count; i++)
        {
            if (context.Evaluation.KeyProjects[i] is { Actual: { } actual, Budget: { } budget } project && Exceeds(actual, budget))
            {
                context.Report($"keyProjects[{i}].actual", $"重点项目「{project.Name}」实际支出 {Say.Amount(actual)}超过预算 {Say.Amount(budget)}（{Rate(actual, budget)}）");
            }
        }
    }

    private static void ClaimsWithinBudget(RuleContext context)
    {
        if (Overspending(context) is not { } over)
        {
            return;
        }

        foreach (var passage in Prose.All(context.Evaluation))
        {
            if (context.Words.FirstOrDefault(word => passage.Text.Contains(word, StringComparison.Ordinal)) is { } claim)
            {
                context.Report(passage.Field, $"报告称「{claim}」，但执行数 {Say.Amount(over.Actual)}超过全年预算数 {Say.Amount(over.Adjusted)}（{Rate(over.Actual, over.Adjusted)}）");
            }
        }
    }

    private static void FunctionOverspent(RuleContext context)
    {
        var lines = context.Budget?.ByFunction ?? [];
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i] is { Actual: { } actual, Adjusted: { } adjusted } line && Exceeds(actual, adjusted))
            {
                context.Report($"budget.byFunction[{i}].actual", $"功能分类「{line.Name}」执行数 {Say.Amount(actual)}超过其全年预算数 {Say.Amount(adjusted)}（{Rate(actual, adjusted)}）");
            }
        }
    }

    private static (decimal Actual, decimal Adjusted)? Overspending(RuleContext context) =>
        context.Budget is { Actual: { } actual, Adjusted: { } adjusted } && Exceeds(actual, adjusted) ? (actual, adjusted) : null;

    /// <summary>
    /// Spending beyond the budget by more than rounding at the finer of the two printed places: a budget printed as 115
    /// beside 115.3 spent is read as 115.0, since a whole amount is far likelier exact than rounded to the 万元.
    /// </summary>
    private static bool Exceeds(decimal spent, decimal budget) => spent - budget > 2 * Precision.HalfUnitAt(Math.Max(spent.Scale, budget.Scale));

    private static string Rate(decimal actual, decimal budget) => budget == 0 ? "预算为 0" : $"执行率 {Say.Ratio(actual, budget)}";
}
