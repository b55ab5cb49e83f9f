namespace Jixiao.Import.Layout;

/// <summary>Chinese numerals as outlines use them: 一 to 九十九.</summary>
internal static class Numerals
{
    private const string Digits = "一二三四五六七八九";

    public static int? Chinese(string text) => text switch
    {
        ['十'] => 10,
        [var one] => Digit(one),
        ['十', var unit] => Digit(unit) is { } u ? 10 + u : null,
        [var tens, '十'] => Digit(tens) is { } t ? t * 10 : null,
        [var tens, '十', var unit] => Digit(tens) is { } t && Digit(unit) is { } u ? (t * 10) + u : null,
        _ => null,
    };

    private static int? Digit(char c) => Digits.IndexOf(c, StringComparison.Ordinal) is var i and >= 0 ? i + 1 : null;
}
