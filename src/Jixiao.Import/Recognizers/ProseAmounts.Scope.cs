namespace Jixiao.Import.Recognizers;

/// <summary>Whose an amount is, and in what unit: a project's, another year's, or the department's in a declared unit.</summary>
internal sealed partial class ProseAmounts
{
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

    /// <summary>
    /// A year named before the number in its sentence, other than the evaluated one: last year's or an earlier figure.
    /// A year inside a closed aside (「（含2023年转列项目5个）」) does not change what the sentence speaks of.
    /// </summary>
    private static bool OtherYear(string text, int at, int? year)
    {
        var sentence = Sentences.Start(text, at);
        return year is not null && Years.OtherThan(Aside().Replace(text[sentence..at], ""), year) || PreviousYear().IsMatch(text.AsSpan(ClauseStart(text, at), at - ClauseStart(text, at)));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"[（(][^（()）]*[)）]")]
    private static partial System.Text.RegularExpressions.Regex Aside();

    /// <summary>The unit a paragraph declares before a bare number (「（单位：元）全年预算数13,000,000」), or "".</summary>
    private static string DeclaredUnit(System.Text.RegularExpressions.MatchCollection declarations, int at) =>
        declarations.LastOrDefault(declared => declared.Index < at) is { } declared ? declared.Groups[1].Value : "";

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
}
