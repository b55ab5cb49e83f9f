namespace Jixiao.Storage.Entities;

/// <summary>The states an evaluation goes through, stored and shown in Chinese, as `db list --status` takes them.</summary>
internal static class EvaluationStatus
{
    /// <summary>A new revision waits for the reviewer.</summary>
    public const string Submitted = "待复核";

    /// <summary>The reviewer accepted the current revision (possibly with an adjusted score).</summary>
    public const string Reviewed = "已复核";

    /// <summary>The reviewer sent it back for corrections.</summary>
    public const string Returned = "退回修改";

    public static IReadOnlyList<string> All { get; } = [Submitted, Reviewed, Returned];
}
