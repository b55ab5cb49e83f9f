using Jixiao.Import.Extraction;
using Jixiao.Import.Layout;
using Jixiao.Import.Text;

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
        var year = board.Get<int>("year");
        for (var index = 0; index < document.Blocks.Count; index++)
        {
            var block = document.Blocks[index];
            if (block.Kind != BlockKind.Table && !document.InKeyProjects(index))
            {
                Read(document, block.Text, year, board);
            }
        }
    }

    private static void Read(Document document, SourceString text, int? year, FieldBoard board)
    {
        var value = text.Value;
        var mentions = Mentions.Scan(value);
        string? last = null;
        var previousAmountEnd = 0;
        var qualifiedSentence = -1;
        for (var k = 0; k < mentions.Count; k++)
        {
            var mention = mentions[k];
            var sentence = Sentences.Start(value, mention.Start);
            if (InRun(value, mentions, k) || ProjectScoped(value, mentions, k) || OtherYear(value, mention.Start, year) || sentence == qualifiedSentence)
            {
                continue;
            }

            // Only amounts bound a label: 「截至6月底执行数」 keeps its 月, which says the figure is no year's.
            var start = WindowStart(value, Math.Max(previousAmountEnd, mention.Start - 40), mention.Start);
            var window = value[start..mention.Start].Trim();
            if (mention.IsMoney)
            {
                previousAmountEnd = mention.End;
                if (BudgetLabels.IsAboutAnother(window))
                {
                    // 「三公经费预算30万元，执行数25万元，执行率83.33%」: the sentence is about the line item throughout.
                    qualifiedSentence = sentence;
                    continue;
                }
            }

            var source = text.Locate(document.Source, start, mention.End - start);
            if (mention.Unit == "%")
            {
                var field = BudgetLabels.Rate(window);
                field = field == "share" ? last switch { "budget.basic" => "budget.basicShare", "budget.project" => "budget.projectShare", _ => null } : field;
                if (field is not null)
                {
                    board.Propose(field, mention.Value, source);
                }

                continue;
            }

            var unit = mention.Unit.Length > 0 ? mention.Unit : DeclaredUnit(value, mention.Start);
            if (!(mention.IsMoney || (mention.Unit.Length == 0 && EndsClause(value, mention.End) && (unit.Length > 0 || !UnitsNearby(value, mentions, k)))) || Uncertain(window))
            {
                continue;
            }

            if (BudgetLabels.Amount(window) is not { } label)
            {
                last = null;
                continue;
            }

            if (Mentions.ToWan(mention.Value, unit) is not { } amount)
            {
                continue;
            }

            var path = label.Function is { } function ? $"budget.byFunction.{function}.{FunctionColumn(value, mention.Start, window)}" : label.Field;
            board.Propose(path, amount, source);
            board.CountUnit(unit);
            last = label.Field;
        }
    }

    /// <summary>The unit a paragraph declares before a bare number (「（单位：元）全年预算数13,000,000」), or "".</summary>
    private static string DeclaredUnit(string text, int at) =>
        Declaration().Matches(text[..at]).LastOrDefault() is { } declared ? declared.Groups[1].Value : "";

    /// <summary>A bare number beside amounts with units: its own unit is unknown (12,500,000 among 万元 figures).</summary>
    private static bool UnitsNearby(string text, List<Mention> mentions, int k)
    {
        var sentence = Sentences.Start(text, mentions[k].Start);
        for (var j = k - 1; j >= 0 && mentions[j].Start >= sentence; j--)
        {
            if (mentions[j].IsMoney)
            {
                return true;
            }
        }

        return k + 1 < mentions.Count && mentions[k + 1].IsMoney && Sentences.Start(text, mentions[k + 1].Start) == sentence;
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

    /// <summary>A bare number next to another bare number: a table row printed as text.</summary>
    private static bool InRun(string text, List<Mention> mentions, int k)
    {
        static bool Bare(Mention mention) => mention.Unit.Length == 0 || mention.Unit == "%";
        static bool OnlySpaces(string text, int from, int to) => from <= to && text.AsSpan(from, to - from).Trim().IsEmpty;
        var mention = mentions[k];
        return (k + 1 < mentions.Count && Bare(mention) && Bare(mentions[k + 1]) && OnlySpaces(text, mention.End, mentions[k + 1].Start))
            || (k > 0 && Bare(mention) && Bare(mentions[k - 1]) && OnlySpaces(text, mentions[k - 1].End, mention.Start));
    }

    /// <summary>
    /// About a project of its own: its clause names a project (「项目全年预算数为 115 万元」), or the sentence's first amount
    /// was a project's and this one continues it (「……，执行数为 115 万元」). 项目支出 is the department's spending on projects.
    /// </summary>
    private static bool ProjectScoped(string text, List<Mention> mentions, int k)
    {
        var at = mentions[k].Start;
        var sentence = Sentences.Start(text, at);
        var first = -1;
        for (var j = k - 1; j >= 0 && mentions[j].Start >= sentence; j--)
        {
            first = mentions[j].IsMoney ? j : first;
        }

        return NamesProject(text, ClauseStart(text, at), at) || (first >= 0 && NamesProject(text, ClauseStart(text, mentions[first].Start), mentions[first].Start));
    }

    private static bool NamesProject(string text, int from, int to)
    {
        var span = text.AsSpan(from, to - from);
        for (var project = span.IndexOf("项目", StringComparison.Ordinal); project >= 0; project = span.IndexOf("项目", StringComparison.Ordinal))
        {
            if (!span[project..].StartsWith("项目支出", StringComparison.Ordinal))
            {
                return true;
            }

            span = span[(project + 2)..];
        }

        return false;
    }

    private static int ClauseStart(string text, int at)
    {
        var from = Math.Max(0, at - 1);
        var count = Math.Min(60, from + 1);
        var start = text.LastIndexOfAny(['，', ',', '；', ';', '。'], from, count);
        return start >= 0 ? start + 1 : from + 1 - count;
    }

    /// <summary>A year named before the number in its sentence, other than the evaluated one: last year's or an earlier figure.</summary>
    private static bool OtherYear(string text, int at, int? year)
    {
        var sentence = Sentences.Start(text, at);
        return year is not null && Years.OtherThan(text[sentence..at], year) || PreviousYear().IsMatch(text.AsSpan(ClauseStart(text, at), at - ClauseStart(text, at)));
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

    [System.Text.RegularExpressions.GeneratedRegex(@"单位\s*[:：]\s*(万元|元|亿元)")]
    private static partial System.Text.RegularExpressions.Regex Declaration();

    [System.Text.RegularExpressions.GeneratedRegex("上年|去年|上一年|前年|同期")]
    private static partial System.Text.RegularExpressions.Regex PreviousYear();
}
