using System.Text;

namespace Jixiao.Import.Text;

/// <summary>
/// Characters OCR mistakes for the ones reports print, in the words where the mistake is certain
/// (预箅 is always 预算): fixed one for one, so every character keeps its place. Numbers are never fixed.
/// </summary>
internal static class OcrConfusions
{
    private static readonly (string Wrong, string Right)[] Words =
    [
        ("预箅", "预算"), ("预筭", "预算"), ("决箅", "决算"), ("目杯", "目标"), ("绩敓", "绩效"), ("埶行", "执行"), ("执仃", "执行"),
    ];

    private static readonly System.Buffers.SearchValues<char> Suspects = System.Buffers.SearchValues.Create(string.Concat(Words.SelectMany(word => word.Wrong.Where((c, i) => c != word.Right[i]))));

    public static void Fix(StringBuilder chars)
    {
        var any = false;
        foreach (var chunk in chars.GetChunks())
        {
            any |= chunk.Span.IndexOfAny(Suspects) >= 0;
        }

        if (!any)
        {
            return;
        }

        foreach (var (wrong, right) in Words)
        {
            chars.Replace(wrong, right);
        }
    }
}
