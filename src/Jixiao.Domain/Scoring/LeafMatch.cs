using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Model;

namespace Jixiao.Domain.Scoring;

/// <summary>
/// Where an evaluation's leaf sits in its framework: the framework nodes along its path (canonical names),
/// the fixed leaf it is (if it is one) and the method and weight it is scored with. <see cref="Index"/> is the leaf's
/// place in the evaluation's indicators, or null for a leaf the framework stands in from the budget (预算执行率 a form
/// prints in its budget rows only). A leaf <see cref="NotApplicable"/> was printed with its name only: it weighs 0 and is
/// not scored.
/// </summary>
internal sealed record LeafMatch(
    int? Index,
    Indicator Indicator,
    IReadOnlyList<FrameworkNode> Nodes,
    IReadOnlyList<string> CanonicalPath,
    ScoringMethod Method,
    decimal Weight,
    bool NotApplicable = false);
