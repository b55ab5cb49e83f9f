using System.Text;
using Jixiao.Domain.Checks;
using static System.FormattableString;

namespace Jixiao.Bench;

/// <summary>
/// `check --profile`: the check (with rescoring, as `jixiao check` runs it) with one rule family, then one rule,
/// enabled at a time, each less a baseline with every rule disabled (rescoring and the loop). Rules are switched
/// off as a bureau's rules file switches them off (<see cref="RuleSettings.Enabled"/>). The variants take turns
/// round by round, so a slow spell of a shared machine falls on all of them, and each one's fastest round is kept:
/// other load only ever adds time.
/// </summary>
internal static class RuleProfile
{
    private const int Costliest = 8;

    public static void Run(CheckInput[] evaluations, CheckRules rules, BenchOptions options, TextWriter output)
    {
        var variants = new List<(string Label, CheckRules Rules)> { ("baseline", Only(rules, _ => false)) };
        foreach (var family in Enum.GetValues<RuleFamily>())
        {
            variants.Add((family.ToString(), Only(rules, rule => rule.Family == family)));
            variants.AddRange(RuleCatalog.All.Where(rule => rule.Family == family)
                .Select(rule => (rule.Code, Only(rules, candidate => candidate.Code == rule.Code))));
        }

        var timings = Timing.Interleaved(evaluations.Length, options, [.. variants.Select(variant => Body(evaluations, variant.Rules))]);
        var baseline = timings[0];
        output.WriteLine(Invariant($"profile: µs and KB per evaluation above the baseline (every rule disabled: rescoring and the loop), fastest of {options.Rounds} rounds"));
        output.WriteLine(Invariant($"{"baseline",-48} {baseline.FastestMicrosecondsPerItem,8:N2} µs {baseline.AllocatedBytesPerItem / 1024,8:N1} KB"));

        var costs = new List<(string Code, double Microseconds)>();
        for (var i = 1; i < variants.Count; i++)
        {
            var microseconds = timings[i].FastestMicrosecondsPerItem - baseline.FastestMicrosecondsPerItem;
            var kilobytes = (timings[i].AllocatedBytesPerItem - baseline.AllocatedBytesPerItem) / 1024;
            if (RuleCatalog.Find(variants[i].Label) is { } rule)
            {
                costs.Add((rule.Code, microseconds));
                output.WriteLine(Invariant($"  {rule.Code,-8} {Fit(rule.Title, 37)} {microseconds,8:N2} µs {kilobytes,8:N1} KB"));
            }
            else
            {
                output.WriteLine(Invariant($"{variants[i].Label,-48} {microseconds,8:N2} µs {kilobytes,8:N1} KB"));
            }
        }

        output.WriteLine();
        output.WriteLine(Invariant($"costliest {Costliest} rules: {string.Join(", ", costs.OrderByDescending(cost => cost.Microseconds).Take(Costliest).Select(cost => Invariant($"{cost.Code} {cost.Microseconds:N2} µs")))}"));
    }

    private static Func<int, int> Body(CheckInput[] evaluations, CheckRules rules) =>
        i => EvaluationChecker.Check(evaluations[i].Evaluation, evaluations[i].Framework, rules).Findings.Count;

    /// <summary>The rules with only those <paramref name="enabled"/> picks switched on, every other setting kept.</summary>
    private static CheckRules Only(CheckRules rules, Func<Rule, bool> enabled) => rules with
    {
        Rules = RuleCatalog.All.ToDictionary(rule => rule.Code, rule => rules.For(rule.Code) with { Enabled = enabled(rule) }, StringComparer.Ordinal),
    };

    /// <summary>A rule's title cut or padded to <paramref name="columns"/> terminal columns; a Chinese character takes two.</summary>
    private static string Fit(string title, int columns)
    {
        var text = new StringBuilder();
        var used = 0;
        foreach (var character in title)
        {
            var width = character >= '\u2E80' ? 2 : 1;
            if (used + width > columns - 1)
            {
                text.Append('…');
                used++;
                break;
            }

            text.Append(character);
            used += width;
        }

        return text.Append(' ', columns - used).ToString();
    }
}
