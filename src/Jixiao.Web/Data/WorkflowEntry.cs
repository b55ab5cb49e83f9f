namespace Jixiao.Web.Data;

/// <summary>
/// The web workflow's state of one stored evaluation (<see cref="Services.WorkflowState"/>). Storage knows 待复核 / 已复核 /
/// 退回修改; the web adds 草稿 before submission and 已发布 after approval. An evaluation without a row (imported with
/// `jixiao db import`) takes its state from Storage's status.
/// </summary>
internal sealed class WorkflowEntry
{
    public WorkflowEntry(long evaluationId, string state, long at)
    {
        EvaluationId = evaluationId;
        State = state;
        At = at;
    }

    public long EvaluationId { get; private set; }

    public string State { get; private set; }

    /// <summary>Milliseconds since 1970-01-01 UTC of the last change.</summary>
    public long At { get; private set; }
}
