using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Model;

namespace Jixiao.Domain.Scoring;

/// <summary>
/// The fixed leaves a framework lets the budget score (<see cref="FrameworkNode.RateFromBudget"/>) where the document
/// lists no leaf for them: a project table prints its 预算执行率 in the budget rows, often without 分值 or 得分, and
/// its indicator rows start at 产出. Without this leaf the part, and so the total and the grade, would stay unscored.
/// </summary>
internal static class BudgetLeaves
{
    /// <summary>
    /// A stand-in leaf for each such node, when there is something to score it with: the budget's rate
    /// (<paramref name="budgetRate"/>) or the part's printed score (score.parts, for a first-level leaf).
    /// </summary>
    public static List<LeafMatch> StandIn(Evaluation evaluation, Framework framework, IReadOnlyList<LeafMatch> matches, BudgetRate? budgetRate)
    {
        var standIns = new List<LeafMatch>();
        var paths = new List<IReadOnlyList<FrameworkNode>>();
        FixedLeaves(framework.Indicators, [], paths);
        foreach (var path in paths)
        {
            var node = path[^1];
            if (!node.RateFromBudget || matches.Any(match => ReferenceEquals(match.Nodes[^1], node)))
            {
                continue;
            }

            var printed = path.Count == 1 ? PrintedPart(evaluation.Score, node) : null;
            if (budgetRate is null && printed is null)
            {
                continue;
            }

            var names = path.Select(step => step.Name).ToList();
            var indicator = new Indicator { Path = names, Name = node.Name, Weight = node.Weight, Target = node.Target, Score = printed };
            standIns.Add(new LeafMatch(null, indicator, path, names, node.Method ?? ScoringMethod.ExecutionRate, node.Weight!.Value));
        }

        return standIns;
    }

    /// <summary>The path of framework nodes down to every fixed leaf, in the framework's order.</summary>
    private static void FixedLeaves(IReadOnlyList<FrameworkNode> nodes, IReadOnlyList<FrameworkNode> above, List<IReadOnlyList<FrameworkNode>> paths)
    {
        // Not an iterator: the compiler's iterators read System.Environment, which the domain does not touch.
        foreach (var node in nodes)
        {
            List<FrameworkNode> path = [.. above, node];
            if (node.IsFixedLeaf)
            {
                paths.Add(path);
            }

            FixedLeaves(node.Children, path, paths);
        }
    }

    private static decimal? PrintedPart(Score? score, FrameworkNode node) =>
        score?.Parts.FirstOrDefault(pair => node.Answers(pair.Key)) is { Key: not null } found ? found.Value : null;
}
