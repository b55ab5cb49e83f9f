namespace Jixiao.Web.Data;

/// <summary>One step of an evaluation's workflow with its comment: the history shown beside the evaluation. Only appended.</summary>
internal sealed class WorkflowEvent
{
    public WorkflowEvent(long evaluationId, int revision, long at, string actor, string action, string state, string comment)
    {
        EvaluationId = evaluationId;
        Revision = revision;
        At = at;
        Actor = actor;
        Action = action;
        State = state;
        Comment = comment;
    }

    public long Id { get; private set; }

    public long EvaluationId { get; private set; }

    /// <summary>The revision the step was about.</summary>
    public int Revision { get; private set; }

    public long At { get; private set; }

    public string Actor { get; private set; }

    /// <summary>创建, 保存, 提交, 退回, 通过, 发布, 上传.</summary>
    public string Action { get; private set; }

    /// <summary>The state after the step.</summary>
    public string State { get; private set; }

    public string Comment { get; private set; }
}
