namespace Jixiao.Render.Report;

/// <summary>
/// Headings numbered as official documents number them: 一、二、… at the first level, （一）（二）… at the second,
/// counting only the headings a report prints (a section without content gets no number).
/// </summary>
internal sealed class Numbering(bool sub = false)
{
    private static readonly string[] s_digits = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五"];
    private int _count;

    /// <summary>The next numbered heading, or null (and no number used) when <paramref name="printed"/> is false.</summary>
    public string? Next(string title, bool printed) => printed ? Next(title) : null;

    public string Next(string title)
    {
        var digit = s_digits[Math.Min(_count++, s_digits.Length - 1)];
        return sub ? $"（{digit}）{title}" : $"{digit}、{title}";
    }
}
