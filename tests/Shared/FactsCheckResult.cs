namespace Jixiao.Tests;

/// <summary>
/// What <see cref="FactsCheck"/> found: every check in the order check-facts prints them, and
/// <see cref="Wrong"/>, the facts whose value is present but differs (worse than missing).
/// </summary>
internal sealed record FactsCheckResult(IReadOnlyList<FactsCheckOutcome> Checks, int Wrong)
{
    public IReadOnlyList<FactsCheckOutcome> Failures => [.. Checks.Where(check => !check.Passed)];

    public int Passed => Checks.Count(check => check.Passed);

    public int Total => Checks.Count;

    public bool AllPassed => Passed == Total;

    /// <summary>check-facts' report: one FAIL line per failed check, then "wrong: W" and "facts: P/N".</summary>
    public string Describe() =>
        string.Join('\n', Failures.Select(failure => $"FAIL  {failure.Name}: {failure.Reason}").Append($"wrong: {Wrong}").Append($"facts: {Passed}/{Total}"));
}
