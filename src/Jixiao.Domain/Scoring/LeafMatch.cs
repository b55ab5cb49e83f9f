using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Model;

namespace Jixiao.Domain.Scoring;

/// <summary>
/// Where an evaluation's leaf sits in its framework: the framework nodes along its path (canonical names),
/// the fixed leaf it is (if it is one) and the method and weight it is scored with.
/// </summary>
internal sealed record LeafMatch(
    Indicator Indicator,
    IReadOnlyList<FrameworkNode> Nodes,
    IReadOnlyList<string> CanonicalPath,
    ScoringMethod Method,
    decimal Weight);
