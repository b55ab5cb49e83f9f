using Jixiao.Domain.Model;

namespace Jixiao.Domain.Scoring;

/// <summary>
/// One node of the scored tree: a first- or second-level heading with the sums of the leaves below it,
/// or a leaf (<see cref="Leaf"/> set). Weight and score are points, rate is percent.
/// </summary>
public sealed record ScoreNode(
    IReadOnlyList<string> Path,
    decimal Weight,
    decimal Score,
    decimal? Rate,
    IReadOnlyList<ScoreNode> Children,
    Indicator? Leaf)
{
    public string Name => Path[^1];
}
