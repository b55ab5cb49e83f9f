using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Model;
using Jixiao.Domain.Numbers;

namespace Jixiao.Domain.Scoring;

/// <summary>
/// Scores a whole evaluation by a framework: every leaf by its rule, then leaf → part → total, score rates
/// and the grade, plus the budget formulas. Printed values stay as printed; what is computed goes under
/// <see cref="Evaluation.Computed"/>: its indicators are the evaluation's, in their order, then any leaf the budget
/// stood in for (<see cref="BudgetLeaves"/>). Scoring the same evaluation twice gives the same result.
/// </summary>
public static class EvaluationScorer
{
    public static ScoringOutcome Score(Evaluation evaluation, Framework framework)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(framework);
        var budget = ComputeBudget(evaluation.Budget);
        BudgetRate? budgetRate = budget?.ExecutionRate is { } computedRate ? new BudgetRate(computedRate, "按执行数 ÷ 全年预算数计算")
            : evaluation.Budget?.ExecutionRate is { } printedRate ? new BudgetRate(printedRate, "取自填报的预算执行率")
            : null;
        var (leaves, errors) = FrameworkMatcher.Match(evaluation, framework, budgetRate);
        if (errors.Count > 0)
        {
            return new ScoringOutcome(null, errors);
        }

        var findings = evaluation.Findings.Where(finding => !finding.Code.StartsWith("JX-S", StringComparison.Ordinal)).ToList();
        var scored = new List<Indicator>(leaves.Count);
        foreach (var leaf in leaves)
        {
            var mayTakeBudgetRate = leaf.Nodes[^1] is { IsFixedLeaf: true, RateFromBudget: true };
            var result = leaf.NotApplicable
                ? new LeafScore(0m, "未设分值，视为不适用，不计分")
                : LeafScorer.Score(leaf.Indicator, leaf.Method, leaf.Weight, framework, mayTakeBudgetRate ? budgetRate : null);
            scored.Add(new Indicator
            {
                Path = leaf.CanonicalPath,
                Name = leaf.Indicator.Name,
                Weight = leaf.Weight,
                Method = leaf.Method,
                Score = result.Score,
                Rate = Formulas.ScoreRate(result.Score, leaf.Weight),
                Reason = result.Reason,
            });
            findings.AddRange(result.Flags.Select(flag => new Finding
            {
                Code = flag.Code,
                Severity = flag.Severity,
                Field = leaf.Index is { } index ? $"indicators[{index}]" : "budget",
                Message = flag.Message,
            }));
        }

        var computed = new Computed { Budget = budget, Indicators = scored, Score = RollUp(framework, scored) };
        return new ScoringOutcome(evaluation with { Computed = computed, Findings = findings }, []);
    }

    /// <summary>Leaf → level 2 → first-level part → total; an unscored leaf counts as 0 (completeness is reported beside it).</summary>
    private static Score RollUp(Framework framework, List<Indicator> scored)
    {
        var tree = ScoreTree.Build(scored);
        var parts = new Dictionary<string, decimal>();
        var weights = new Dictionary<string, decimal>();
        var rates = new Dictionary<string, decimal>();
        foreach (var part in framework.Indicators)
        {
            // A part the document lists no leaves of is not scored, and then neither is the total.
            if (tree.FirstOrDefault(top => top.Name == part.Name) is not { } node)
            {
                continue;
            }

            var weight = part.Weight ?? node.Weight;
            var points = node.Score;
            parts[part.Name] = points;
            weights[part.Name] = weight;
            if (Formulas.ScoreRate(points, weight) is { } rate)
            {
                rates[part.Name] = rate;
            }
        }

        decimal? total = parts.Count == framework.Indicators.Count ? Rounding.Round2(parts.Values.Sum()) : null;
        var reasons = scored.Where(leaf => leaf.Score < leaf.Weight || leaf.Score is null)
            .Select(leaf => $"{leaf.Name}：{leaf.Reason}")
            .ToList();
        return new Score
        {
            Total = total,
            Parts = parts,
            Weights = weights,
            Rates = rates,
            Grade = total is { } sum ? framework.GradeFor(sum) : null,
            DeductionReasons = reasons,
        };
    }

    /// <summary>The budget formulas of domain.md, from the printed amounts.</summary>
    public static Budget? ComputeBudget(Budget? printed)
    {
        if (printed is null)
        {
            return null;
        }

        return new Budget
        {
            Adjustment = Formulas.Adjustment(printed.Initial, printed.Adjusted),
            AdjustmentRate = Formulas.AdjustmentRate(printed.Initial, printed.Adjusted),
            ExecutionRate = Formulas.ExecutionRate(printed.Actual, printed.Adjusted),
            Basic = printed.Personnel + printed.PublicFunds,
            BasicShare = Formulas.Share(printed.Basic, printed.Actual),
            ProjectShare = Formulas.Share(printed.Project, printed.Actual),
            Carryover = Formulas.ExpectedCarryover(printed.Adjusted, printed.Actual),
        };
    }
}
