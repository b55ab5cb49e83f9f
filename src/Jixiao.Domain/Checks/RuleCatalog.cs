using Jixiao.Domain.Checks.Rules;

namespace Jixiao.Domain.Checks;

/// <summary>Every review rule, family by family, in the order they run and are listed (docs/checks.md).</summary>
public static class RuleCatalog
{
    public static IReadOnlyList<Rule> All { get; } =
        [.. ArithmeticRules.All, .. PrintedRules.All, .. BudgetRules.All, .. IndicatorRules.All, .. CompletenessRules.All];

    // After All: static initializers run in textual order.
    private static readonly Dictionary<string, Rule> s_byCode = All.ToDictionary(rule => rule.Code, StringComparer.Ordinal);

    public static Rule? Find(string code) => s_byCode.GetValueOrDefault(code);

    /// <summary>Whether a finding's code is one of these rules' (so a new check replaces it).</summary>
    public static bool Owns(string code) => s_byCode.ContainsKey(code);
}
