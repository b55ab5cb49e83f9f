using Jixiao.Import.Text;

namespace Jixiao.Import.Recognizers;

/// <summary>Sentences: a text cut into them, and where the one around a place begins, looking back a bounded way (a label never needs more).</summary>
internal static class Sentences
{
    private const int Reach = 300;

    /// <summary>A text cut at its sentence ends (。；;！).</summary>
    public static IEnumerable<SourceString> Of(SourceString text)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] is '。' or '；' or ';' or '！')
            {
                if (i > start)
                {
                    yield return text.Slice(start, i - start);
                }

                start = i + 1;
            }
        }
    }

    public static int Start(string text, int at)
    {
        var from = Math.Max(0, at - 1);
        var count = Math.Min(Reach, from + 1);
        var start = text.LastIndexOfAny(['。', '；', ';', '！', '？'], from, count);
        return start >= 0 ? start + 1 : from + 1 - count;
    }
}
