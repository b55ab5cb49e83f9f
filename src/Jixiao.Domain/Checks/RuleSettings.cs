using Jixiao.Domain.Model;

namespace Jixiao.Domain.Checks;

/// <summary>
/// One rule's entry in a rules file: its severity, whether it runs, its thresholds and its words.
/// In a bureau's own file every property may be left out to keep Jixiao's default.
/// </summary>
public sealed record RuleSettings
{
    public Severity? Severity { get; init; }

    public bool? Enabled { get; init; }

    /// <summary>Thresholds by name (minRate: 90), as docs/checks.md lists them per rule.</summary>
    public IReadOnlyDictionary<string, decimal> Limits { get; init; } = new Dictionary<string, decimal>();

    /// <summary>Phrases or names a rule looks for, where it looks for any; absent keeps the default, [] clears it.</summary>
    public IReadOnlyList<string>? Words { get; init; }

    /// <summary>These settings with what <paramref name="user"/> sets put over them.</summary>
    internal RuleSettings Overlay(RuleSettings user) => new()
    {
        Severity = user.Severity ?? Severity,
        Enabled = user.Enabled ?? Enabled,
        Limits = Limits.Concat(user.Limits).GroupBy(pair => pair.Key).ToDictionary(group => group.Key, group => group.Last().Value),
        Words = user.Words ?? Words,
    };
}
