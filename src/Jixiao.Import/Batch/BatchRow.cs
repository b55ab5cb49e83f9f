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

    /// <summary>The document's JSON, relative to the output folder ("json/报告.docx.json"); null when none was written.</summary>
    public string? Json { get; init; }

    /// <summary>The SHA-256 of the file's bytes, lower-case hex; null when they were never read.</summary>
    public string? Sha256 { get; init; }

    /// <summary>For a duplicate, the file whose bytes it repeats.</summary>
    public string? DuplicateOf { get; init; }

    /// <summary>The printed budget execution rate, else actual ÷ adjusted budget.</summary>
    public decimal? ExecutionRate => Evaluation?.Budget is { } budget ? budget.ExecutionRate ?? Formulas.ExecutionRate(budget.Actual, budget.Adjusted) : null;

    public int Errors => Evaluation?.Findings.Count(finding => finding.Severity == Severity.Error) ?? 0;

    public int Warnings => Evaluation?.Findings.Count(finding => finding.Severity == Severity.Warning) ?? 0;

    public string StatusText => Status switch
    {
        BatchStatus.Read => "已读取",
        BatchStatus.Partial => "部分识别：" + Problem,
        BatchStatus.Unrecognized => "未能识别，需人工：" + Problem,
        BatchStatus.NotEvaluation => "非自评材料：" + Problem,
        BatchStatus.Failed => "失败：" + Problem,
        BatchStatus.Duplicate => "重复：" + Problem,
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
