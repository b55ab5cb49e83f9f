using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Interchange;
using Jixiao.Domain.Model;
using Jixiao.Domain.Numbers;

namespace Jixiao.Domain.Scoring;

/// <summary>
/// Places each leaf of an evaluation in the framework's tree, by name or alias (compared as
/// <see cref="IndicatorNames.Key"/> does), adds the leaves the budget stands in for (<see cref="BudgetLeaves"/>),
/// and checks the weights: a fixed leaf keeps the framework's weight, the leaves under a weighted node add up
/// to its weight, and all leaves add up to the framework's total.
/// </summary>
internal static class FrameworkMatcher
{
    /// <param name="evaluation">The evaluation whose leaves are placed.</param>
    /// <param name="framework">The framework they are placed in.</param>
    /// <param name="budgetRate">The budget's execution rate, which lets a leaf the document does not list stand in.</param>
    /// <returns>The evaluation's leaves in their order, then the stand-ins; or why they cannot be scored.</returns>
    public static (IReadOnlyList<LeafMatch> Matches, IReadOnlyList<InputError> Errors) Match(Evaluation evaluation, Framework framework, BudgetRate? budgetRate)
    {
        var matches = new List<LeafMatch>();
        var errors = new List<InputError>();
        if (evaluation.Indicators.Count == 0)
        {
            errors.Add(new InputError("indicators", $"没有指标，无法按「{framework.Name}」计分"));
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < evaluation.Indicators.Count; i++)
        {
            if (MatchOne(evaluation.Indicators[i], i, framework, errors) is not { } match)
            {
                continue;
            }

            var key = string.Join("\u001F", match.CanonicalPath);
            if (seen.TryGetValue(key, out var first))
            {
                errors.Add(new InputError($"indicators[{i}].path", $"与 indicators[{first}] 是同一个指标「{string.Join(" / ", match.CanonicalPath)}」"));
            }

            seen.TryAdd(key, i);
            matches.Add(match);
        }

        if (errors.Count == 0)
        {
            matches.AddRange(BudgetLeaves.StandIn(evaluation, framework, matches, budgetRate));
            CheckSums(framework.Indicators, matches, 0, errors);
            // A document may list the leaves of some parts only (a report that details 管理效率 alone): those parts are
            // scored and the rest left out. Once every part is listed, the leaves must make up the whole.
            var total = matches.Sum(match => match.Weight);
            if (total != framework.Total && framework.Indicators.All(part => matches.Exists(match => ReferenceEquals(match.Nodes[0], part))))
            {
                errors.Add(new InputError("indicators", $"各指标分值合计 {Number.ShowSum(total)} 分，应为 {Number.Show(framework.Total)} 分"));
            }
        }

        return (matches, errors);
    }

    private static LeafMatch? MatchOne(Indicator indicator, int index, Framework framework, List<InputError> errors)
    {
        // Built only for an error: most leaves match.
        string Place(string field) => $"indicators[{index}].{field}";

        if (indicator.Path.Count == 0)
        {
            errors.Add(new InputError(Place("path"), $"指标「{indicator.Name}」缺少路径（一级 / 二级 / 三级指标名称）"));
            return null;
        }

        var nodes = new List<FrameworkNode>();
        var level = framework.Indicators;
        FrameworkNode? node = null;
        var depth = 0;
        // Descend while the node is a heading: an open node or a fixed leaf ends the framework's part of the path.
        for (; depth < indicator.Path.Count && (node is null || node.Children.Count > 0); depth++)
        {
            var name = indicator.Path[depth];
            node = Find(level, name);
            if (node is null)
            {
                var where = nodes.Count == 0 ? "一级指标" : $"「{nodes[^1].Name}」下";
                errors.Add(new InputError(Place("path"), $"{where}没有「{name}」（可选：{string.Join("、", level.Select(n => n.Name))}）"));
                return null;
            }

            nodes.Add(node);
            level = node.Children;
        }

        if (node is { IsFixedLeaf: true } && depth < indicator.Path.Count)
        {
            errors.Add(new InputError(Place("path"), $"「{node.Name}」是末级指标，其下不能再有「{indicator.Path[depth]}」"));
            return null;
        }

        if (node is { Children.Count: > 0 })
        {
            errors.Add(new InputError(Place("path"), $"「{node.Name}」是分类，请写到其下的末级指标（{string.Join("、", level.Select(n => n.Name))}）"));
            return null;
        }

        // A fixed leaf keeps the framework's weight; a printed one that differs is an error.
        if (node!.IsFixedLeaf && indicator.Weight is { } printed && printed != node.Weight)
        {
            errors.Add(new InputError(Place("weight"), $"「{node.Name}」分值为 {Number.Show(printed)} 分，指标体系规定为 {Number.Show(node.Weight)} 分"));
        }

        var weight = node.IsFixedLeaf ? node.Weight : indicator.Weight;
        var method = indicator.Method ?? node.Method ?? LeafScorer.InferMethod(indicator);
        if (weight is null && IsBlank(indicator))
        {
            // A row the unit left empty (「本项目不涉及生态效益，不设分值」): the indicator does not apply, and the others carry the weight.
            return new LeafMatch(index, indicator, nodes, Canonical(indicator, nodes, depth), method, 0m, NotApplicable: true);
        }

        if (weight is null)
        {
            errors.Add(new InputError(Place("weight"), $"指标「{indicator.Name}」缺少分值"));
            return null;
        }

        return new LeafMatch(index, indicator, nodes, Canonical(indicator, nodes, depth), method, weight.Value);
    }

    /// <summary>The framework's names down to where the framework ends, then the document's own.</summary>
    private static List<string> Canonical(Indicator indicator, List<FrameworkNode> nodes, int depth)
    {
        var canonical = new List<string>(indicator.Path.Count);
        nodes.ForEach(n => canonical.Add(n.Name));
        for (var i = depth; i < indicator.Path.Count; i++)
        {
            canonical.Add(indicator.Path[i]);
        }

        return canonical;
    }

    /// <summary>A leaf printed with its name only: no weight, target, actual, score or deduction.</summary>
    private static bool IsBlank(Indicator indicator) =>
        indicator is { Weight: null, Score: null, Achievement: null, Deductions.Count: 0 }
        && string.IsNullOrWhiteSpace(indicator.Target) && string.IsNullOrWhiteSpace(indicator.Actual);

    private static FrameworkNode? Find(IReadOnlyList<FrameworkNode> level, string name)
    {
        foreach (var candidate in level)
        {
            if (candidate.Answers(name))
            {
                return candidate;
            }
        }

        return null;
    }

    private static void CheckSums(IReadOnlyList<FrameworkNode> nodes, List<LeafMatch> matches, int depth, List<InputError> errors)
    {
        foreach (var node in nodes)
        {
            var under = matches.Where(match => match.Nodes.Count > depth && ReferenceEquals(match.Nodes[depth], node)).ToList();
            var sum = under.Sum(match => match.Weight);
            if (under.Count > 0 && node.Weight is { } weight && sum != weight)
            {
                errors.Add(new InputError("indicators", $"「{node.Name}」下各指标分值合计 {Number.ShowSum(sum)} 分，应为 {Number.Show(weight)} 分"));
            }

            CheckSums(node.Children, under, depth + 1, errors);
        }
    }
}
