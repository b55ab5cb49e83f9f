using Jixiao.Import.Layout;

namespace Jixiao.Import.Documents.Word;

/// <summary>
/// Lines a converter joined into one paragraph with a space where the source broke them (pandoc from text, PDF-to-Word
/// tools, a cell whose paragraphs were dropped to one): broken again after a Chinese sentence end followed by a space,
/// and before an outline number (一、 （一） 第一部分) that follows a space, so that a heading glued to the sentence before
/// it, or a numbered list run inline in a cell, reads as it was printed. A space after 。 is no Chinese typing; the space
/// stays at the end of the first part, so each part keeps its column.
/// </summary>
internal static class JoinedLines
{
    private const string SentenceEnds = "。！？";

    public static IEnumerable<string> Split(string line)
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

            if (next < line.Length && (SentenceEnds.Contains(line[i - 1], StringComparison.Ordinal) || IsOutlineNumber(line.AsSpan(next))))
            {
                yield return line[start..next];
                start = next;
            }

            i = next - 1;
        }

        yield return line[start..];
    }

    private static bool IsSpace(char c) => c is ' ' or '\u3000' or '\u00A0';

    private static bool IsOutlineNumber(ReadOnlySpan<char> text) =>
        Marker.Read(text[..Math.Min(text.Length, 16)].ToString()) is { Style: MarkerStyle.Part or MarkerStyle.ChineseComma or MarkerStyle.ChineseParen };
}
