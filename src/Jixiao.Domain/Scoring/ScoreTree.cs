using Jixiao.Domain.Model;
using Jixiao.Domain.Numbers;

namespace Jixiao.Domain.Scoring;

/// <summary>
/// The roll-up leaf → level 2 → level 1: scored leaves grouped by their paths, in the order they first
/// appear, each heading carrying the sums of its leaves. An unscored leaf counts as 0.
/// </summary>
public static class ScoreTree
{
    public static IReadOnlyList<ScoreNode> Build(IReadOnlyList<Indicator> scored)
    {
        ArgumentNullException.ThrowIfNull(scored);
        return Group(scored, 0);
    }

    private static List<ScoreNode> Group(IReadOnlyList<Indicator> leaves, int depth)
    {
        // Grouped by the name at this depth, in the order the names first appear.
        var groups = new Dictionary<string, List<Indicator>>(StringComparer.Ordinal);
        var order = new List<List<Indicator>>();
        foreach (var leaf in leaves)
        {
            if (!groups.TryGetValue(leaf.Path[depth], out var group))
            {
                group = [];
                groups.Add(leaf.Path[depth], group);
                order.Add(group);
            }

            group.Add(leaf);
        }

        var nodes = new List<ScoreNode>(order.Count);
        foreach (var members in order)
        {
            var ending = members.Where(leaf => leaf.Path.Count == depth + 1).Select(LeafNode).ToList();
            var deeper = members.Where(leaf => leaf.Path.Count > depth + 1).ToList();
            if (ending.Count == 1 && deeper.Count == 0)
            {
                nodes.Add(ending[0]);
                continue;
            }

            List<ScoreNode> children = [.. ending, .. Group(deeper, depth + 1)];
            var weight = children.Sum(child => child.Weight);
            var score = Rounding.Round2(children.Sum(child => child.Score));
            nodes.Add(new ScoreNode([.. members[0].Path.Take(depth + 1)], weight, score, Formulas.ScoreRate(score, weight), children, null));
        }

        return nodes;
    }

    private static ScoreNode LeafNode(Indicator leaf) => new(leaf.Path, leaf.Weight ?? 0m, leaf.Score ?? 0m, leaf.Rate, [], leaf);
}
