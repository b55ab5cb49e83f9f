namespace Jixiao.Render;

/// <summary>Which document: the 自评表 as the department fills it, the 评分表 as Jixiao scored it, or the 自评报告.</summary>
public enum RenderWhat
{
    /// <summary>自评表: the department's or the project's form, with what the department printed.</summary>
    Table,

    /// <summary>评分表: the scored indicator tree and the review's findings.</summary>
    Scores,

    /// <summary>自评报告: the report in official-document style.</summary>
    Report,

    /// <summary>复核意见书: the bureau's findings to the department, with room for the reviewer's opinion.</summary>
    Review,

    /// <summary>退回修改通知: the same findings (errors and warnings) sending the evaluation back to be corrected.</summary>
    Return,
}
