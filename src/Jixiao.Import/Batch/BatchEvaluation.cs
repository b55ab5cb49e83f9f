using Jixiao.Domain.Model;

namespace Jixiao.Import.Batch;

/// <summary>
/// One evaluation of a batch: a department's (or a project's) self-evaluation for a year, with every file that
/// carried it (a .docx and its .pdf, a 修改稿 and the version it replaced, copies sent twice), the one whose reading
/// stands, and what the copies disagree on.
/// </summary>
public sealed record BatchEvaluation
{
    public required BatchRow Used { get; init; }

    /// <summary>Every file of this evaluation, the one used among them, in name order.</summary>
    public required IReadOnlyList<BatchRow> Files { get; init; }

    /// <summary>Why <see cref="Used"/> was chosen over the others, empty when there is only one file.</summary>
    public string Choice { get; init; } = "";

    /// <summary>Where the files disagree (a figure read differently), as messages for the reviewer.</summary>
    public IReadOnlyList<string> Differences { get; init; } = [];

    public Evaluation Evaluation => Used.Evaluation!;

    public string KindText => Evaluation.Kind == EvaluationKind.Project ? "项目" : "部门整体";
}
