using Jixiao.Domain.Model;
using Jixiao.Import.Extraction;

namespace Jixiao.Import.Batch;

/// <summary>
/// What a read document's row says, from what was found in it: 已读取 only when nothing a complete document of its
/// kind has went unrecognized (parts the document itself lacks are findings, not Jixiao's failure); 部分识别 naming
/// the parts not recognized; 未能识别，需人工 when nothing of an evaluation was recognized (or a PDF is a scan);
/// 非自评材料 for a cover letter, a notice or a list.
/// </summary>
public static class DocumentStatus
{
    public static BatchRow Judge(BatchRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.Status == BatchStatus.Failed && row.Problem.Contains("扫描件", StringComparison.Ordinal))
        {
            // A scan is a document of a known kind whose text Jixiao cannot see: a person has to read it.
            return row with { Status = BatchStatus.Unrecognized };
        }

        if (row.Status != BatchStatus.Read || row.Evaluation is not { } evaluation)
        {
            return row;
        }

        if (evaluation.Findings.FirstOrDefault(finding => finding.Code == Completeness.NotAnEvaluation) is { } letter)
        {
            return row with { Status = BatchStatus.NotEvaluation, Problem = letter.Message };
        }

        if (Completeness.IsEmpty(evaluation))
        {
            return row with { Status = BatchStatus.Unrecognized, Problem = "未识别到自评报告或自评表的内容（预算、得分、指标、目标、任务都未找到；表格或版式可能未能识别），请人工阅读" };
        }

        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(evaluation.Department))
        {
            missing.Add("部门（单位）名称");
        }

        if (evaluation.Year is null)
        {
            missing.Add("被评价年度");
        }

        missing.AddRange(evaluation.Findings
            .Where(finding => finding.Code == Completeness.NotRecognized && EvaluationParts.IsKnown(finding.Field))
            .Select(finding => EvaluationParts.Chinese(finding.Field)));
        return missing.Count == 0 ? row : row with { Status = BatchStatus.Partial, Problem = "未识别到" + string.Join("、", missing.Select(part => $"「{part}」")) };
    }
}
