using Jixiao.Storage.Entities;

namespace Jixiao.Web.Services;

/// <summary>
/// draft → submitted → returned or approved → published. A returned evaluation is edited (a draft again) and submitted
/// anew. Storage keeps 待复核 / 已复核 / 退回修改 for the reviewer's decision; these are the web's states around it.
/// </summary>
internal static class WorkflowState
{
    public const string Draft = "草稿";
    public const string Submitted = "已提交";
    public const string Returned = "退回修改";
    public const string Approved = "已通过";
    public const string Published = "已发布";

    public static IReadOnlyList<string> All { get; } = [Draft, Submitted, Returned, Approved, Published];

    /// <summary>The state of an evaluation the web has no row for (stored by `jixiao db import` or `db save`).</summary>
    public static string FromStorage(string status) => status switch
    {
        EvaluationStatus.Reviewed => Approved,
        EvaluationStatus.Returned => Returned,
        _ => Submitted,
    };

    /// <summary>Whether the department may still change it.</summary>
    public static bool IsEditable(string state) => state is Draft or Returned;
}
