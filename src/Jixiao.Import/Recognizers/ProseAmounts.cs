using Jixiao.Domain.Model;
using Jixiao.Domain.Numbers;
using Jixiao.Import.Extraction;
using Jixiao.Import.Layout;

namespace Jixiao.Import.Recognizers;

/// <summary>
/// The budget as sentences print it: 「全年预算数 2468.78 万元，执行数 2456.19 万元，完成预算的 99.49%」.
/// Each number takes the label right before it; sentences about a key project are left to
/// the key-project reader; a number in a run of bare numbers belongs to a table, not to prose.
/// </summary>
internal sealed partial class ProseAmounts : IRecognizer
{
    private const string ClauseEnds = "，,；;。（(、";

    public void Recognize(Document document, FieldBoard board)
    {
        var year = board.Get(Fields.Year);
        var project = board.Get(Fields.Kind) == EvaluationKind.Project;
        for (var index = 0; index < document.Blocks.Count; index++)
        {
            var block = document.Blocks[index];
            if (block.Kind != BlockKind.Table && !document.InKeyProjects(index))
            {
                var numbersNext = index + 1 < document.Blocks.Count && document.Blocks[index + 1].Kind != BlockKind.Table && LeadingNumber().IsMatch(document.Blocks[index + 1].Text.Value);
                Read(document, block, year, project, numbersNext, board);
            }
        }
    }

    /// <summary>
    /// Reads one block; in a project's own evaluation (<paramref name="project"/>) the project's amounts are the evaluation's.
    /// <paramref name="numbersNext"/>: the next line starts with a bare number, so a bare number ending this one may be a
    /// table row's first of several, the row wrapped (「人员经费 2,887.14」 over 「2,951.30 2,950.08」).
    /// </summary>
    private static void Read(Document document, Block block, int? year, bool project, bool numbersNext, FieldBoard board)
    {
        var text = block.Text;
        var value = text.Value;
        var mentions = document.MentionsIn(block);
        string? last = null;
        var previousAmountEnd = 0;
        var qualifiedSentence = -1;
        var declarations = Declaration().Matches(value);
        for (var k = 0; k < mentions.Count; k++)
        {
            var mention = mentions[k];
            var sentence = Sentences.Start(value, mention.Start);
            if (InRun(value, mentions, k, numbersNext) || (!project && ProjectScoped(value, mentions, k)) || OtherYear(value, mention.Start, year) || sentence == qualifiedSentence)
            {
                continue;
            }

            // Only amounts bound a label: 「截至6月底执行数」 keeps its 月, which says the figure is no year's.
            var start = WindowStart(value, Math.Max(previousAmountEnd, mention.Start - 40), mention.Start);
            var window = value[start..mention.Start].Trim();
            if (mention.IsMoney)
            {
                previousAmountEnd = mention.End;
                if (BudgetLabels.IsAboutAnother(window, project))
                {
                    // 「三公经费预算30万元，执行数25万元，执行率83.33%」: the sentence is about the line item throughout.
                    qualifiedSentence = sentence;
                    continue;
                }
            }

            var source = text.Locate(document.Source, start, mention.End - start);
            if (mention.Unit == "%")
            {
                var field = BudgetLabels.Rate(window, project);
                field = field == "share" ? last switch { "budget.basic" => "budget.basicShare", "budget.project" => "budget.projectShare", _ => null } : field;
                if (field is not null)
                {
                    board.Propose(Fields.Named<decimal>(field), mention.Value, source);
                }

                continue;
            }

            var unit = mention.Unit.Length > 0 ? mention.Unit : DeclaredUnit(declarations, mention.Start);
            if (!(mention.IsMoney || (mention.Unit.Length == 0 && EndsClause(value, mention.End) && (unit.Length > 0 || !UnitsNearby(value, mentions, k)))) || Uncertain(window))
            {
                continue;
            }

            if (BudgetLabels.Amount(window, project) is not { } label)
            {
                last = null;
                continue;
            }

            if (Money.ToWan(mention.Value, unit) is not { } amount)
            {
                continue;
            }

            var path = label.Function is { } function ? $"budget.byFunction.{function}.{FunctionColumn(value, mention.Start, window)}" : label.Field;
            board.Propose(Fields.Named<decimal>(path), amount, source);
            board.CountUnit(unit);
            last = label.Field;
        }
    }

    /// <summary>Where the label of the number at <paramref name="at"/> may begin: after the previous number or clause.</summary>
    private static int WindowStart(string text, int previousEnd, int at)
    {
        var start = previousEnd;
        for (var i = at - 1; i >= previousEnd; i--)
        {
            if (ClauseEnds.Contains(text[i], StringComparison.Ordinal))
            {
                start = i + 1;
                break;
            }
        }

        return start;
    }

    /// <summary>A bare number next to another bare number, on its line or at the start of the next: a table row printed as text.</summary>
    private static bool InRun(string text, List<Mention> mentions, int k, bool numbersNext)
    {
        static bool Bare(Mention mention) => mention.Unit.Length == 0 || mention.Unit == "%";
        static bool OnlySpaces(string text, int from, int to) => from <= to && text.AsSpan(from, to - from).Trim().IsEmpty;
        var mention = mentions[k];
        return (k + 1 < mentions.Count && Bare(mention) && Bare(mentions[k + 1]) && OnlySpaces(text, mention.End, mentions[k + 1].Start))
            || (k > 0 && Bare(mention) && Bare(mentions[k - 1]) && OnlySpaces(text, mentions[k - 1].End, mention.Start))
            || (numbersNext && k == mentions.Count - 1 && Bare(mention) && OnlySpaces(text, mention.End, text.Length));
    }

    private static bool EndsClause(string text, int end)
    {
        var rest = text.AsSpan(end).TrimStart();
        return rest.IsEmpty || "，,。；;）)、".Contains(rest[0], StringComparison.Ordinal);
    }

    private static bool Uncertain(string window) => window.EndsWith('约') || window.EndsWith('近') || window.EndsWith("超过", StringComparison.Ordinal) || window.EndsWith('逾');

    /// <summary>Which column a function class's amount is: by its own label, else by the sentence's.</summary>
    private static string FunctionColumn(string text, int at, string window)
    {
        if (window.Contains("决算", StringComparison.Ordinal) || window.Contains("执行", StringComparison.Ordinal) || window.EndsWith("支出", StringComparison.Ordinal))
        {
            return "actual";
        }

        var sentence = text[Sentences.Start(text, at)..at];
        return sentence.Contains("年初", StringComparison.Ordinal) ? "initial"
            : sentence.Contains("全年预算", StringComparison.Ordinal) || sentence.Contains("调整", StringComparison.Ordinal) ? "adjusted"
            : sentence.Contains("决算", StringComparison.Ordinal) || sentence.Contains("支出", StringComparison.Ordinal) ? "actual"
            : "initial";
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"单位\s*[:：]\s*(" + Money.Units + @")")]
    private static partial System.Text.RegularExpressions.Regex Declaration();

    /// <summary>A line that starts with a bare number, alone or before a blank: not an outline number (「2、」「3.」) nor an amount with its unit.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*[-+]?\d[\d,]*(\.\d+)?%?(\s|$)")]
    private static partial System.Text.RegularExpressions.Regex LeadingNumber();

    [System.Text.RegularExpressions.GeneratedRegex("上年|去年|上一年|前年|同期")]
    private static partial System.Text.RegularExpressions.Regex PreviousYear();
}
