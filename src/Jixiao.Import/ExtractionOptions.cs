using Jixiao.Domain.Checks;

namespace Jixiao.Import;

/// <summary>
/// How to extract: the review rules the result is checked with, whether to keep provenance, and the limits
/// past which a document is refused rather than read (a report is a few megabytes; work grows with size).
/// </summary>
public sealed record ExtractionOptions
{
    public const int DefaultMaxBytes = 32 * 1024 * 1024;

    public CheckRules Rules { get; init; } = CheckRules.BuiltIn;

    /// <summary>Keep <c>provenance</c> (where each value was printed) in the result.</summary>
    public bool Provenance { get; init; }

    /// <summary>The largest text (.txt, .md, .html) read, in bytes.</summary>
    public int MaxBytes { get; init; } = DefaultMaxBytes;

    /// <summary>
    /// The most characters of text one document may hold when read (some two thousand pages); the pipeline needs about
    /// 150 bytes a character at worst, so this keeps one document under 1 GB.
    /// </summary>
    public int MaxCharacters { get; init; } = 5_000_000;

    /// <summary>The largest Word, PDF, Excel or zip file read, in bytes.</summary>
    public long MaxFileBytes { get; init; } = 200L * 1024 * 1024;

    /// <summary>The most pages of a PDF read.</summary>
    public int MaxPages { get; init; } = 1000;

    /// <summary>The most bytes the contents of a zip (a folder's zip, or a .docx or .xlsx package) may expand to.</summary>
    public long MaxExpandedBytes { get; init; } = 1024L * 1024 * 1024;

    /// <summary>
    /// Where a batch reads its documents: in worker processes started so (see <see cref="Workers.WorkerPool"/>), or,
    /// when null, in this process.
    /// </summary>
    public Workers.WorkerStart? Workers { get; init; }

    /// <summary>The longest one document may take; past it, the document is given up.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(2);
}
