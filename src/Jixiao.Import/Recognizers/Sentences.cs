namespace Jixiao.Import.Recognizers;

/// <summary>Where the sentence around a place begins, looking back a bounded way (a label never needs more).</summary>
internal static class Sentences
{
    private const int Reach = 300;

    public static int Start(string text, int at)
    {
        var from = Math.Max(0, at - 1);
        var count = Math.Min(Reach, from + 1);
        var start = text.LastIndexOfAny(['。', '；', ';', '！', '？'], from, count);
        return start >= 0 ? start + 1 : from + 1 - count;
    }
}
