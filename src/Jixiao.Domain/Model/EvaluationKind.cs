namespace Jixiao.Domain.Model;

/// <summary>部门整体支出 (department) or 项目支出 (project) self-evaluation.</summary>
public enum EvaluationKind
{
    Department,
    Project,
}
