namespace Jixiao.Import.Batch;

/// <summary>
/// One file of a batch: its name as the user knows it (the path inside the folder or zip), and either a way to
/// read its bytes or the reason it is not read at all: skipped (not a report: another type, a zip in the zip, a link)
/// or failed (a report that is too large, an entry of a zip bomb, a folder that cannot be opened).
/// </summary>
public sealed record BatchItem(string Name, long Length, Func<byte[]>? Read, BatchStatus Status = BatchStatus.Read, string? Problem = null)
{
    public static BatchItem Failed(string name, long length, string problem) => new(name, length, null, BatchStatus.Failed, problem);

    public static BatchItem Skipped(string name, long length, string problem) => new(name, length, null, BatchStatus.Skipped, problem);

    /// <summary>The extensions of the documents Jixiao reads; other files in a folder are listed as skipped.</summary>
    public static IReadOnlySet<string> Readable { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ".txt", ".md", ".markdown", ".htm", ".html", ".docx", ".docm", ".doc", ".wps", ".pdf", ".xlsx", ".xlsm", ".xls", ".et", ".rtf", ".odt", ".ods",
    };
}
