namespace Jixiao.Storage.Entities;

/// <summary>
/// One self-evaluation of a department for a year and kind (a department's whole spending, or one project): the
/// identity its revisions share. <see cref="CurrentRevision"/> is the concurrency token: a save that was based on
/// another revision than the current one fails in the database, whichever process or machine made the other save.
/// </summary>
internal sealed class StoredEvaluation
{
    public StoredEvaluation(long departmentId, int year, string kind, string project)
    {
        DepartmentId = departmentId;
        Year = year;
        Kind = kind;
        Project = project;
        Status = EvaluationStatus.Submitted;
    }

    public long Id { get; private set; }

    public long DepartmentId { get; private set; }

    public int Year { get; private set; }

    /// <summary>"department" or "project", as the interchange JSON names the kind.</summary>
    public string Kind { get; private set; }

    /// <summary>The project's name for a project evaluation; empty for a department's.</summary>
    public string Project { get; private set; }

    /// <summary>The reviewer's state of the evaluation (<see cref="EvaluationStatus"/>).</summary>
    public string Status { get; private set; }

    /// <summary>The number of the newest revision; 0 before the first is saved.</summary>
    public int CurrentRevision { get; private set; }

    public int Advance()
    {
        CurrentRevision = checked(CurrentRevision + 1);
        Status = EvaluationStatus.Submitted;
        return CurrentRevision;
    }

    public void Review(string status)
    {
        Status = status;
    }
}
