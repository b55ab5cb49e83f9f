namespace Jixiao.Import.Batch;

/// <summary>
/// One file of a batch: its name as the user knows it (the path inside the folder or zip), and either a way to
/// read its bytes or the reason it is not read at all (unsupported type, too large, a zip bomb's entry).
/// </summary>
public sealed record BatchItem(string Name, long Length, Func<byte[]>? Read, string? Skipped = null)
{
    /// <summary>The extensions of the documents Jixiao reads; other files in a folder are listed as skipped.</summary>
    public static IReadOnlySet<string> Readable { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ".txt", ".md", ".markdown", ".htm", ".html", ".docx", ".docm", ".doc", ".wps", ".pdf", ".xlsx", ".xlsm", ".xls", ".et", ".rtf",
    };
}
