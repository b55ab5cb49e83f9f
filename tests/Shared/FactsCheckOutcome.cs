namespace Jixiao.Tests;

/// <summary>One check of a facts file: its name (the path, or "finding on …") and, when it fails, why.</summary>
internal sealed record FactsCheckOutcome(string Name, string? Reason)
{
    public bool Passed => Reason is null;
}
