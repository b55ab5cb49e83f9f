using Jixiao.Domain.Model;
using Jixiao.Domain.Numbers;
using Jixiao.Import.Documents;

namespace Jixiao.Import.Batch;

/// <summary>One line of the batch summary: a document's key figures as read, or why it was not read.</summary>
public sealed record BatchRow
{
    public required string File { get; init; }

    public DocumentKind Kind { get; init; }

    public BatchStatus Status { get; init; }

    /// <summary>Why the file was not read (failed or skipped); empty when it was.</summary>
    public string Problem { get; init; } = "";

    public Evaluation? Evaluation { get; init; }

    /// <summary>The printed budget execution rate, else actual ÷ adjusted budget.</summary>
    public decimal? ExecutionRate => Evaluation?.Budget is { } budget ? budget.ExecutionRate ?? Formulas.ExecutionRate(budget.Actual, budget.Adjusted) : null;

    public int Errors => Evaluation?.Findings.Count(finding => finding.Severity == Severity.Error) ?? 0;

    public int Warnings => Evaluation?.Findings.Count(finding => finding.Severity == Severity.Warning) ?? 0;

    public string StatusText => Status switch
    {
        BatchStatus.Read => "已读取",
        BatchStatus.Failed => "失败：" + Problem,
        _ => "跳过：" + Problem,
    };

    public string KindText => Kind switch
    {
        DocumentKind.Text => "文本",
        DocumentKind.Html => "HTML",
        DocumentKind.Docx => "Word",
        DocumentKind.Xlsx => "Excel",
        DocumentKind.Pdf => "PDF",
        DocumentKind.Legacy => "旧版 Office/WPS",
        _ => "",
    };
}

public enum BatchStatus
{
    Read,
    Failed,
    Skipped,
}
