using System.Globalization;

namespace Jixiao.Storage.Saving;

/// <summary>What identifies an evaluation: the department, the year, the kind and, for a project, its name.</summary>
internal sealed record EvaluationKey(string Department, int Year, string Kind, string Project)
{
    /// <summary>"云溪市青禾区司法局 2024 年部门整体支出" / "… 2024 年项目「…」", for messages.</summary>
    public override string ToString() =>
        Project.Length == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{Department} {Year} 年部门整体支出自评")
            : string.Create(CultureInfo.InvariantCulture, $"{Department} {Year} 年项目「{Project}」自评");
}
