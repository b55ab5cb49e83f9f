using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Model;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Scoring;

namespace Jixiao.Render.Scores;

/// <summary>The rows of a <see cref="ScoreSheet"/>: leaves with their level names, 小计 and 合计 rows, the 总分.</summary>
internal static class ScoreRows
{
    public const string Subtotal = "小计";

    public static IReadOnlyList<ScoreRow> Build(Computed computed, Framework framework)
    {
        // In the framework's order: a leaf the budget stood in for (预算执行率 of a project table) follows the printed ones.
        var order = framework.Indicators.Select(node => node.Name).ToList();
        var rows = new List<ScoreRow>();
        foreach (var part in ScoreTree.Build(computed.Indicators).OrderBy(part => order.IndexOf(part.Path[0]) is var i and >= 0 ? i : order.Count))
        {
            var partRows = new List<ScoreRow>();
            AddRows(partRows, part);
            rows.AddRange(Spanned(partRows));
            if (part.Leaf is null && computed.Score is { } score && score.Parts.TryGetValue(part.Name, out var points))
            {
                rows.Add(new ScoreRow(ScoreRowKind.Part, part.Name, "", "", score.Weights.GetValueOrDefault(part.Name, part.Weight), points,
                    score.Rates.TryGetValue(part.Name, out var rate) ? rate : null, null));
            }
        }

        if (computed.Score is { Total: { } total } scored)
        {
            var weight = scored.Weights.Values.Sum();
            rows.Add(new ScoreRow(ScoreRowKind.Total, "总分", "", "", weight, total, Formulas.ScoreRate(total, weight), null));
        }

        return rows;
    }

    /// <summary>The leaves under <paramref name="node"/>, then a 小计 under a second-level heading with more than one leaf.</summary>
    private static void AddRows(List<ScoreRow> rows, ScoreNode node)
    {
        if (node.Leaf is { } leaf)
        {
            var deducted = leaf.Score is null || leaf.Score < leaf.Weight;
            var levels = Levels(leaf.Path);
            rows.Add(new ScoreRow(ScoreRowKind.Leaf, levels[0], levels[1], levels[2], leaf.Weight, leaf.Score, leaf.Rate, deducted ? leaf.Reason : null));
            return;
        }

        foreach (var child in node.Children)
        {
            AddRows(rows, child);
        }

        if (node.Path.Count == 2 && node.Children.Count > 1)
        {
            rows.Add(new ScoreRow(ScoreRowKind.Subtotal, node.Path[0], node.Path[1], Subtotal, node.Weight, node.Score, node.Rate, null));
        }
    }

    /// <summary>一级 / 二级 / 三级: a deeper path keeps its tail in the third column.</summary>
    private static string[] Levels(IReadOnlyList<string> path) =>
    [
        path.Count > 0 ? path[0] : "",
        path.Count > 1 ? path[1] : "",
        path.Count > 2 ? string.Join(" / ", path.Skip(2)) : "",
    ];

    /// <summary>A part's rows with each level name's run counted on its first row (0 below), as merged cells cover them.</summary>
    private static IEnumerable<ScoreRow> Spanned(List<ScoreRow> rows)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            var level2Rows = 0;
            if (i == 0 || rows[i - 1].Level2 != rows[i].Level2 || rows[i].Level2.Length == 0)
            {
                level2Rows = 1;
                while (i + level2Rows < rows.Count && rows[i].Level2.Length > 0 && rows[i + level2Rows].Level2 == rows[i].Level2)
                {
                    level2Rows++;
                }
            }

            yield return rows[i] with { Level1Rows = i == 0 ? rows.Count : 0, Level2Rows = level2Rows };
        }
    }
}
