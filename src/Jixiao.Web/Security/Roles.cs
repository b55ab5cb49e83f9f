namespace Jixiao.Web.Security;

/// <summary>The four roles, named in Chinese as users see them.</summary>
internal static class Roles
{
    /// <summary>Fills in their own department's drafts.</summary>
    public const string Filler = "填报人";

    /// <summary>The department's head: reads the department's evaluations and submits them.</summary>
    public const string Head = "审核人";

    /// <summary>The finance bureau: reads every submitted evaluation, returns, approves, adjusts a score with a reason, publishes.</summary>
    public const string Reviewer = "复核人";

    /// <summary>Users, departments, frameworks and review rules.</summary>
    public const string Admin = "管理员";

    public static IReadOnlyList<string> All { get; } = [Filler, Head, Reviewer, Admin];

    /// <summary>Roles that belong to one department and see only its evaluations.</summary>
    public static bool IsDepartmental(string role) => role is Filler or Head;
}
