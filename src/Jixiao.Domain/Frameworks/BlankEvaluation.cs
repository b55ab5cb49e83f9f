using Jixiao.Domain.Model;

namespace Jixiao.Domain.Frameworks;

/// <summary>
/// A blank evaluation for a framework, ready to fill in: every fixed leaf with its weight and standard,
/// and one placeholder leaf under each open node carrying the node's weight (when it has one).
/// </summary>
public static class BlankEvaluation
{
    /// <summary>The name given to the placeholder leaf under an open node.</summary>
    public const string PlaceholderName = "（请填写指标名称）";

    public static Evaluation For(Framework framework)
    {
        ArgumentNullException.ThrowIfNull(framework);
        var leaves = new List<Indicator>();
        Collect(framework.Indicators, [], leaves);
        return new Evaluation
        {
            Kind = framework.Kind,
            Framework = framework.Id,
            Unit = "万元",
            Project = framework.Kind == EvaluationKind.Project ? new ProjectInfo() : null,
            Staff = framework.Kind == EvaluationKind.Department ? new Staff() : null,
            Budget = new Budget(),
            Indicators = leaves,
            Score = new Score(),
        };
    }

    private static void Collect(IReadOnlyList<FrameworkNode> nodes, IReadOnlyList<string> above, List<Indicator> leaves)
    {
        foreach (var node in nodes)
        {
            IReadOnlyList<string> path = [.. above, node.Name];
            if (node.IsFixedLeaf)
            {
                leaves.Add(new Indicator { Path = path, Name = node.Name, Weight = node.Weight, Method = node.Method, Target = node.Target });
            }
            else if (node.Open)
            {
                leaves.Add(new Indicator { Path = [.. path, PlaceholderName], Name = PlaceholderName, Weight = node.Weight });
            }
            else
            {
                Collect(node.Children, path, leaves);
            }
        }
    }
}
