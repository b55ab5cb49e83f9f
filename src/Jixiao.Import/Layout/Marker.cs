using System.Text.RegularExpressions;

namespace Jixiao.Import.Layout;

/// <summary>An outline number at the start of a line (一、 （二） 3. (4) ⑤ 目标6: 七是), with its ordinal and printed length.</summary>
internal sealed partial record Marker(MarkerStyle Style, int Ordinal, int Length, string? Label = null)
{
    public int Level => (int)Style;

    /// <summary>The marker at the start of <paramref name="text"/>, if any.</summary>
    public static Marker? Read(string text)
    {
        var match = Pattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var length = match.Length;
        if (match.Groups["cc"].Success)
        {
            return Numerals.Chinese(match.Groups["cc"].Value) is { } n ? new Marker(MarkerStyle.ChineseComma, n, length) : null;
        }

        if (match.Groups["pt"].Success)
        {
            return Numerals.Chinese(match.Groups["pt"].Value) is { } n ? new Marker(MarkerStyle.Part, n, length) : null;
        }

        if (match.Groups["cp"].Success)
        {
            return Numerals.Chinese(match.Groups["cp"].Value) is { } n ? new Marker(MarkerStyle.ChineseParen, n, length) : null;
        }

        if (match.Groups["ap"].Success)
        {
            return new Marker(MarkerStyle.ArabicParen, int.Parse(match.Groups["ap"].Value, System.Globalization.CultureInfo.InvariantCulture), length);
        }

        if (match.Groups["ar"].Success)
        {
            return new Marker(MarkerStyle.Arabic, int.Parse(match.Groups["ar"].Value, System.Globalization.CultureInfo.InvariantCulture), length);
        }

        if (match.Groups["ci"].Success)
        {
            return new Marker(MarkerStyle.Circled, match.Groups["ci"].Value[0] - '①' + 1, length);
        }

        if (match.Groups["lb"].Success)
        {
            var label = match.Groups["ln"].Value;
            var ordinal = char.IsAsciiDigit(label[0]) ? int.Parse(label, System.Globalization.CultureInfo.InvariantCulture) : Numerals.Chinese(label);
            return ordinal is { } o ? new Marker(MarkerStyle.Labelled, o, length, match.Groups["lb"].Value) : null;
        }

        return Numerals.Chinese(match.Groups["in"].Value) is { } k ? new Marker(MarkerStyle.Inline, k, length) : null;
    }

    // 1. must not be a decimal (1.5) nor a date (2023.1); 1、 and 1． too. Labels are short words before a number.
    [GeneratedRegex(@"^(?:(?<cc>[一二三四五六七八九十]{1,3})[、.．]|第(?<pt>[一二三四五六七八九十]{1,3})(?:部分|章)\s*|[（(](?<cp>[一二三四五六七八九十]{1,3})[）)]\s*|[（(](?<ap>\d{1,2})[）)]\s*|(?<ar>\d{1,2})[.、．](?!\d)\s*|(?<ci>[①-⑳])\s*|(?<lb>目标|任务|问题|措施|指标|项目)\s*(?<ln>\d{1,2}|[一二三四五六七八九十]{1,3})\s*[:：、.．]\s*|(?<in>[一二三四五六七八九十]{1,3})是)")]
    private static partial Regex Pattern();
}
