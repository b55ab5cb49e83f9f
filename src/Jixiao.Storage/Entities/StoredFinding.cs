namespace Jixiao.Storage.Entities;

/// <summary>A finding of a revision (docs/checks.md), one row each so the bureau can count them by code and severity.</summary>
internal sealed class StoredFinding
{
    public StoredFinding(long revisionId, int ordinal, string code, string severity, string field, string message)
    {
        RevisionId = revisionId;
        Ordinal = ordinal;
        Code = code;
        Severity = severity;
        Field = field;
        Message = message;
    }

    public long Id { get; private set; }

    public long RevisionId { get; private set; }

    /// <summary>Its place in the revision's list of findings, from 0.</summary>
    public int Ordinal { get; private set; }

    public string Code { get; private set; }

    /// <summary>error, warning or info, as the interchange JSON writes it.</summary>
    public string Severity { get; private set; }

    public string Field { get; private set; }

    public string Message { get; private set; }
}
