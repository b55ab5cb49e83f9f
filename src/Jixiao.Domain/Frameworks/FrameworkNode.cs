using Jixiao.Domain.Model;

namespace Jixiao.Domain.Frameworks;

/// <summary>
/// A node of a framework's tree. A node with children is a heading; one without is a fixed leaf that every
/// evaluation scores. An <see cref="Open"/> node leaves its indicators to the department (产出, 效益 …):
/// the leaves it receives must add up to its weight.
/// </summary>
public sealed record FrameworkNode
{
    public string Name { get; init; } = "";

    /// <summary>
    /// Other names documents use for the node (管理效能 for 管理效率). Names and aliases are compared as
    /// <see cref="IndicatorNames.Key"/> does, so 「产出指标（50分）」 needs no alias of its own.
    /// </summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>分值 in points; may be absent on a heading whose children carry the weights.</summary>
    public decimal? Weight { get; init; }

    /// <summary>For a fixed leaf: how it is scored.</summary>
    public ScoringMethod? Method { get; init; }

    /// <summary>For a fixed leaf: the standard it is held to (a deadline, a share, a rate).</summary>
    public string? Target { get; init; }

    public bool Open { get; init; }

    /// <summary>
    /// For an executionRate leaf: when the evaluation prints no rate, take it from the budget (执行数 ÷ 全年预算数).
    /// Off where the leaf measures something else, such as Guangzhou's 年度平均 (monthly average) rate.
    /// </summary>
    public bool RateFromBudget { get; init; }

    public IReadOnlyList<FrameworkNode> Children { get; init; } = [];

    public bool IsFixedLeaf => Children.Count == 0 && !Open;

    /// <summary>Whether a document's <paramref name="name"/> for a level is this node's name or one of its aliases.</summary>
    public bool Answers(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Keys.Contains(IndicatorNames.Key(name), StringComparer.Ordinal);
    }

    /// <summary>The distinct keys of the name and the aliases, which siblings may not share.</summary>
    internal IEnumerable<string> Keys => Aliases.Prepend(Name).Select(IndicatorNames.Key).Distinct(StringComparer.Ordinal);
}
