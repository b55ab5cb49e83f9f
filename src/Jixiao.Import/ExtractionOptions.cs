using Jixiao.Domain.Checks;

namespace Jixiao.Import;

/// <summary>How to extract: the review rules the result is checked with, and whether to keep provenance.</summary>
public sealed record ExtractionOptions
{
    /// <summary>Larger inputs are refused: a report is a few hundred kilobytes, and work grows with size.</summary>
    public const int DefaultMaxBytes = 32 * 1024 * 1024;

    public CheckRules Rules { get; init; } = CheckRules.BuiltIn;

    /// <summary>Keep <c>provenance</c> (where each value was printed) in the result.</summary>
    public bool Provenance { get; init; }

    public int MaxBytes { get; init; } = DefaultMaxBytes;
}
