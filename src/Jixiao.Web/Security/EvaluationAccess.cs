using Jixiao.Web.Services;

namespace Jixiao.Web.Security;

/// <summary>
/// The one place that decides who may do what with an evaluation; every page and every API call asks here.
/// 填报人 and 审核人 see only their own department's evaluations (another department's look as if absent: 404);
/// 复核人 see every evaluation once submitted; 管理员 see all. Editing needs the department and an editable state
/// (草稿, 退回修改); submitting is the 审核人's; reviewing the 复核人's; publishing the 复核人's or the 管理员's.
/// </summary>
internal static class EvaluationAccess
{
    /// <summary>Null when allowed; else why not.</summary>
    public static Denial? Check(Viewer? viewer, EvaluationFacts? facts, Need need)
    {
        if (viewer is null || facts is null || !CanSee(viewer, facts))
        {
            return Denial.NotFound;
        }

        return need switch
        {
            Need.Read => null,
            Need.Edit => Role(viewer, Roles.Filler, Roles.Head) ?? State(facts, WorkflowState.IsEditable(facts.State), "修改"),
            Need.Submit => Role(viewer, Roles.Head) ?? State(facts, WorkflowState.IsEditable(facts.State), "提交"),
            Need.Review => Role(viewer, Roles.Reviewer) ?? State(facts, facts.State == WorkflowState.Submitted, "复核"),
            Need.Publish => Role(viewer, Roles.Reviewer, Roles.Admin) ?? State(facts, facts.State == WorkflowState.Approved, "发布"),
            _ => throw new ArgumentOutOfRangeException(nameof(need), need, null),
        };
    }

    /// <summary>Whether the viewer sees evaluations of this department at all (for lists and the SQL filter).</summary>
    public static long? DepartmentFilter(Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        // A departmental user without a department sees nothing: -1 matches no department.
        return viewer.IsDepartmental ? viewer.DepartmentId ?? -1 : null;
    }

    /// <summary>Whether a listed evaluation in this state is shown to the viewer (the 复核人 does not see drafts).</summary>
    public static bool ShowsState(Viewer viewer, string state)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        return viewer.Role != Roles.Reviewer || state != WorkflowState.Draft;
    }

    /// <summary>Whether the viewer may start a new evaluation (only for their own department).</summary>
    public static bool CanCreate(Viewer? viewer) => viewer is { IsDepartmental: true, DepartmentId: not null };

    /// <summary>The bureau's dashboard and analyses: the 复核人 and the 管理员.</summary>
    public static bool IsBureau(Viewer? viewer) => viewer is { Role: Roles.Reviewer or Roles.Admin };

    private static bool CanSee(Viewer viewer, EvaluationFacts facts) =>
        viewer.IsDepartmental ? viewer.DepartmentId == facts.DepartmentId : ShowsState(viewer, facts.State);

    private static Denial? Role(Viewer viewer, params string[] roles) =>
        roles.Contains(viewer.Role) ? null : new Denial(StatusCodes.Status403Forbidden, "无权操作", $"{viewer.Role}不能做这一步（需要：{string.Join("、", roles)}）");

    private static Denial? State(EvaluationFacts facts, bool allowed, string action) =>
        allowed ? null : new Denial(StatusCodes.Status409Conflict, "状态不允许", $"这份自评当前为「{facts.State}」，不能{action}");
}
