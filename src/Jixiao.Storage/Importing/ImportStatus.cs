namespace Jixiao.Storage.Importing;

public enum ImportStatus
{
    /// <summary>Read and stored as a new revision.</summary>
    Stored,

    /// <summary>A revision was already saved from this very file (same SHA-256): nothing done.</summary>
    AlreadyStored,

    /// <summary>Not a report Jixiao reads (another type, a zip in the zip).</summary>
    Skipped,

    /// <summary>A report that could not be read or stored; <see cref="ImportRow.Problem"/> says why.</summary>
    Failed,
}
