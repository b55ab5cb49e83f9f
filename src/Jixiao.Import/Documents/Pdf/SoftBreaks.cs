using Jixiao.Import.Layout;
using Jixiao.Import.Text;

namespace Jixiao.Import.Documents.Pdf;

/// <summary>
/// Where one printed line holds two lines of its source. A browser or a word processor prints a line break of the text it
/// was given (pandoc's soft break, a newline in HTML) as a space, and Chinese is set without spaces: so a space after a
/// full stop (「……服务水平。 法学业务」), after a colon before a numbered item (「目标如下： （1）完成……」) or before a numbered section title that ends the line (「…… 2 2 100% 三、存在的主要问题」)
/// is taken as the break it was. A line with tabs (a row of a table printed without rules) is left whole.
/// </summary>
internal static class SoftBreaks
{
    private const string FullStops = "。！？；";

    /// <summary>The longest numbered title taken at a line's end (a marker and a short title).</summary>
    private const int MaxTitle = 24;

    /// <summary>Where the next source line begins in <paramref name="text"/> after <paramref name="from"/>, or -1.</summary>
    public static int Next(string text, int from)
    {
        if (text.Contains('\t', StringComparison.Ordinal))
        {
            return -1;
        }

        for (var i = Math.Max(from, 1); i < text.Length; i++)
        {
            if (text[i] != ' ')
            {
                continue;
            }

            var start = i;
            while (start < text.Length && text[start] == ' ')
            {
                start++;
            }

            if (start == text.Length)
            {
                return -1;
            }

            if ((FullStops.Contains(text[i - 1], StringComparison.Ordinal) && Begins(text[start]))
                || (text[i - 1] == '：' && Marker.Read(Script.Fold(text[start..])) is { Style: < MarkerStyle.Labelled })
                || TitleToEnd(text, start))
            {
                return start;
            }

            i = start;
        }

        return -1;
    }

    private static bool Begins(char c) => char.IsLetterOrDigit(c) || c is '（' or '(' or '“' or '《' or '【' or '[';

    /// <summary>「三、存在的主要问题」 from <paramref name="start"/> to the line's end: a numbered title of a section reports have.</summary>
    public static bool IsTitle(string text, int start) => TitleToEnd(text, start);

    private static bool TitleToEnd(string text, int start)
    {
        if (text.Length - start > MaxTitle || !(char.IsLetterOrDigit(text[start]) || text[start] is '（' or '('))
        {
            return false;
        }

        var tail = Script.Fold(text[start..]);
        return Marker.Read(tail) is { Style: MarkerStyle.Part or MarkerStyle.ChineseComma or MarkerStyle.ChineseParen } marker
            && tail[marker.Length..].Trim() is { Length: > 0 } title && title.IndexOfAny(['，', '。', '；', ',', '：', ':', ' ']) < 0
            && SectionTitles.Classify(title) != SectionKind.Other;
    }
}
