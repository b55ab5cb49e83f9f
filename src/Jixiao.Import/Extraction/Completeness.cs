using Jixiao.Domain.Model;

namespace Jixiao.Import.Extraction;

/// <summary>
/// Tells a part a document lacks from a part Jixiao did not find. The review says 「缺少」 for every required part
/// the evaluation lacks; read from a document that would blame the department for what Jixiao could not read. So a
/// missing part whose heading words appear in the document becomes 「未识别到」 (JX-X004, for the reviewer to look
/// at, with the place the words were printed), and one whose words appear nowhere becomes 「文件中没有」. A document
/// with nothing of an evaluation in it whose first lines name a letter, a notice or a list is marked as no
/// self-evaluation at all (JX-X005), rather than read as a report of the unit it is addressed to.
/// </summary>
internal static class Completeness
{
    public const string NotRecognized = "JX-X004";

    public const string NotAnEvaluation = "JX-X005";

    /// <summary>Words a part's heading or table row uses; a missing part whose words are printed was there to be read.</summary>
    private static readonly Dictionary<string, string[]> Words = new(StringComparer.Ordinal)
    {
        ["goals"] = ["绩效目标", "年度目标", "总体目标", "目标完成"],
        ["tasks"] = ["重点工作任务", "重点任务", "主要任务", "工作任务"],
        ["budget"] = ["预算执行", "执行数", "全年预算", "年初预算", "预算数"],
        ["indicators"] = ["三级指标", "二级指标", "一级指标", "指标值", "评分表"],
        ["score"] = ["自评结论", "评价结论", "自评得分", "总分", "综合得分", "自评等级"],
        ["keyProjects"] = ["重点项目"],
        ["achievements"] = ["工作成效", "主要成效", "取得的成效", "主要成绩", "绩效情况"],
        ["problems"] = ["存在的问题", "主要问题", "存在问题", "问题及原因", "问题和原因"],
        ["improvements"] = ["改进措施", "整改措施", "改进意见", "下一步", "改进建议", "工作打算"],
    };

    /// <summary>The last characters of a title line that make it a letter, a notice or a list rather than a report.</summary>
    private static readonly string[] LetterEndings = ["函", "通知", "清单", "目录", "说明", "公函"];

    public static List<Finding> Explain(Evaluation evaluation, IReadOnlyList<Finding> findings, Document document)
    {
        var explained = new List<Finding>(findings.Count + 1);
        foreach (var finding in findings)
        {
            if (finding.Code != "JX-C001" || !EvaluationParts.IsKnown(finding.Field))
            {
                explained.Add(finding);
                continue;
            }

            var part = EvaluationParts.Chinese(finding.Field);
            explained.Add(Find(document, Words.GetValueOrDefault(finding.Field, [])) is { } found
                ? new Finding
                {
                    Code = NotRecognized, Severity = Severity.Info, Field = finding.Field,
                    Message = $"未识别到「{part}」：文件中有「{found.Word}」（{found.Place}），但未能读出其内容，请人工核对",
                }
                : finding with { Message = $"文件中没有「{part}」" });
        }

        if (IsEmpty(evaluation) && LetterTitle(document) is { } title)
        {
            explained.Add(new Finding
            {
                Code = NotAnEvaluation, Severity = Severity.Info, Field = "document",
                Message = $"标题为「{title}」，是报送函、通知或清单一类的材料，不是自评报告或自评表",
            });
        }

        return explained;
    }

    /// <summary>Nothing of an evaluation was read: no figure, score, indicator, goal, task or project.</summary>
    public static bool IsEmpty(Evaluation evaluation) =>
        evaluation.Budget is null && evaluation.Score is null && evaluation.Indicators.Count == 0 && evaluation.Goals.Count == 0
        && evaluation.Tasks.Count == 0 && evaluation.KeyIndicators.Count == 0 && evaluation.KeyProjects.Count == 0;

    private static (string Word, string Place)? Find(Document document, string[] words)
    {
        foreach (var line in document.Lines)
        {
            foreach (var word in words)
            {
                var at = line.Value.IndexOf(word, StringComparison.Ordinal);
                if (at >= 0)
                {
                    var source = document.Source.Describe(line.OriginOf(at), line.OriginOf(at + word.Length - 1), null);
                    return (word, Places.Describe(source, document.Source.Document is not null));
                }
            }
        }

        return null;
    }

    /// <summary>A title among the first lines that names a letter, notice or list (关于报送……的函, ……通知, 附件清单).</summary>
    private static string? LetterTitle(Document document)
    {
        foreach (var line in document.Lines.Take(8))
        {
            var text = string.Concat(line.Value.Where(c => !char.IsWhiteSpace(c)));
            if (text.Length is > 0 and <= 60 && (LetterEndings.Any(ending => text.EndsWith(ending, StringComparison.Ordinal)) || text.Contains("报送函", StringComparison.Ordinal)))
            {
                return text;
            }
        }

        return null;
    }
}
