namespace Jixiao.Web.Services;

/// <summary>What access decisions need to know of one evaluation: whose it is, its current revision and its workflow state.</summary>
internal sealed record EvaluationFacts(long Id, long DepartmentId, string Department, int Year, string Kind, string Project, int Revision, string State)
{
    public bool IsProject => Kind == "project";

    /// <summary>"云溪市青禾区司法局 2024 年部门整体支出自评", as Storage names it in revisions and the audit log.</summary>
    public string Title => new Storage.Saving.EvaluationKey(Department, Year, Kind, Project).ToString();
}
