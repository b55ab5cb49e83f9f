namespace Jixiao.Storage.Entities;

/// <summary>One line of the audit log: who did what to which evaluation or file, when. Only ever appended.</summary>
internal sealed class AuditEntry
{
    public AuditEntry(long at, string actor, string action, string subject, string detail)
    {
        At = at;
        Actor = actor;
        Action = action;
        Subject = subject;
        Detail = detail;
    }

    public long Id { get; private set; }

    /// <summary>Milliseconds since 1970-01-01 UTC.</summary>
    public long At { get; private set; }

    public string Actor { get; private set; }

    /// <summary>save, review, import-file, restore …</summary>
    public string Action { get; private set; }

    /// <summary>What it concerns: "云溪市青禾区司法局 2024 department r3", a file's hash.</summary>
    public string Subject { get; private set; }

    public string Detail { get; private set; }
}
