using Jixiao.Import.Layout;

namespace Jixiao.Import.Documents.Word;

/// <summary>
/// Lines a converter joined into one paragraph where the source broke them (pandoc from text, PDF-to-Word tools, a cell
/// whose paragraphs were dropped to one), broken again: after a Chinese sentence end followed by a space; before an
/// outline number (一、 （一） 第一部分) that follows a space, or any number (（1） 1. ①) that follows a colon and a space;
/// and before the next number of a list run into one line (「一、……二、……三、……」, 「1.……；2.……」). A space after 。 is
/// no Chinese typing, and a list's next number is no word; each break's space stays at the end of the part before it,
/// so each part keeps its column.
/// </summary>
internal static class JoinedLines
{
    private const string SentenceEnds = "。！？";

    /// <summary>Characters that make a number part of a word rather than a list's next item (第一、二季度, 一、二、三级, 2.5).</summary>
    private const string InWord = "第、一二三四五六七八九十0123456789.．";

    public static IEnumerable<string> Split(string line) => AtSpaces(line).SelectMany(RunOnList);

    private static IEnumerable<string> AtSpaces(string line)
    {
        var start = 0;
        for (var i = 1; i < line.Length; i++)
        {
            if (!IsSpace(line[i]) || IsSpace(line[i - 1]))
            {
                continue;
            }

            var next = i;
            while (next < line.Length && IsSpace(line[next]))
            {
                next++;
            }

            if (next < line.Length && (SentenceEnds.Contains(line[i - 1], StringComparison.Ordinal) || IsOutlineNumber(line.AsSpan(next))
                || (line[i - 1] is '：' or ':' && MarkerAt(line.AsSpan(next)) is { Style: < MarkerStyle.Labelled })))
            {
                yield return line[start..next];
                start = next;
            }

            i = next - 1;
        }

        yield return line[start..];
    }

    /// <summary>A part that starts with a list's number, broken before each next number of the same list in it.</summary>
    private static IEnumerable<string> RunOnList(string part)
    {
        if (MarkerAt(part) is not { Style: < MarkerStyle.Labelled and not MarkerStyle.Part } first)
        {
            yield return part;
            yield break;
        }

        var (start, ordinal) = (0, first.Ordinal);
        for (var i = first.Length + 1; i < part.Length; i++)
        {
            if (!InWord.Contains(part[i - 1], StringComparison.Ordinal) && MarkerAt(part.AsSpan(i)) is { } marker
                && marker.Style == first.Style && marker.Ordinal == ordinal + 1)
            {
                yield return part[start..i];
                (start, ordinal) = (i, marker.Ordinal);
            }
        }

        yield return part[start..];
    }

    private static bool IsSpace(char c) => c is ' ' or '\u3000' or '\u00A0';

    private static bool IsOutlineNumber(ReadOnlySpan<char> text) => MarkerAt(text) is { Style: MarkerStyle.Part or MarkerStyle.ChineseComma or MarkerStyle.ChineseParen };

    private static Marker? MarkerAt(ReadOnlySpan<char> text) => Marker.Read(text[..Math.Min(text.Length, 16)].ToString());
}
