using System.Text.RegularExpressions;
using Jixiao.Domain.Model;
using Jixiao.Import.Extraction;
using Jixiao.Import.Layout;
using Jixiao.Import.Text;

namespace Jixiao.Import.Recognizers;

/// <summary>
/// The grade a report gives itself (「评价等级为优秀」) and the reasons for its deductions (「扣分的主要原因：一是……」).
/// 「自评情况良好」 describes and is no grade; a sentence about a project or another year is not the department's.
/// </summary>
internal sealed partial class ProseGrade : IRecognizer
{
    public void Recognize(Document document, FieldBoard board)
    {
        var year = board.Get(Fields.Year);
        var project = board.Get(Fields.Kind) == EvaluationKind.Project;
        for (var index = 0; index < document.Blocks.Count; index++)
        {
            var block = document.Blocks[index];
            if (block.Kind == BlockKind.Table || document.InKeyProjects(index))
            {
                continue;
            }

            foreach (var sentence in Sentences.Of(block.Text))
            {
                var value = sentence.Value;
                if (Years.OtherThan(value, year) || Subjects.IsAnothers(value, project))
                {
                    continue;
                }

                // A project's grade (项目……评级为优) is not the department's.
                if (Grade().Match(value) is { Success: true } match && !Subjects.NamesAnother(Clause(value, match.Index), project)
                    && !Subjects.IsNotThisYears(Clause(value, match.Index) + match.Value)
                    && GradeWords.Of(match.Groups["g"].Value) is { } grade)
                {
                    board.Propose(Fields.ScoreGrade, grade, sentence.Locate(document.Source, match.Index, match.Length));
                }
            }

            Reasons(document, block.Text, board);
        }
    }

    private static void Reasons(Document document, SourceString text, FieldBoard board)
    {
        var match = ReasonLead().Match(text.Value);
        if (!match.Success || board.Has("score.deductionReasons"))
        {
            return;
        }

        var rest = text.Slice(match.Index + match.Length).Trim();
        var items = ListItems.SplitInline(rest);
        board.TrySetTexts("score.deductionReasons", items, item => document.Locate(item));
    }

    /// <summary>The grade a short text gives (「自评等级：优」), or null.</summary>
    public static Grade? GradeIn(string text) => Grade().Match(text) is { Success: true } match ? GradeWords.Of(match.Groups["g"].Value) : null;

    private static string Clause(string sentence, int at) => sentence[(sentence.LastIndexOfAny(['，', ',', '：', ':'], Math.Max(0, at - 1)) + 1)..at];

    [GeneratedRegex("(等级|评级|档次|级别|评定|评价结果|评为)(得分)?(为|是|评定为|确定为|:|：)?\\s*[“\"「『]?(?<g>优秀|良好|中等|合格|不合格|较差|优|良|中|差)(?=$|[”\"」』，。；,;\\s]|等级|档次|级)")]
    private static partial Regex Grade();

    [GeneratedRegex("扣分(的)?(主要)?原因(主要)?(是|为|有)?[:：]?")]
    private static partial Regex ReasonLead();
}
