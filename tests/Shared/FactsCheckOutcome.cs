namespace Jixiao.Tests;

/// <summary>
/// One check of a facts file: its name (the path, or "finding on …"), when it fails, why, and whether its value was
/// there but wrong (counted in <see cref="FactsCheckResult.Wrong"/>) rather than missing.
/// </summary>
internal sealed record FactsCheckOutcome(string Name, string? Reason, bool Wrong = false)
{
    public bool Passed => Reason is null;
}
