using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Import.Layout;

namespace Jixiao.Import.Recognizers;

/// <summary>Dates as reports sign them: 2024年6月9日, 2024-06-09, 二〇二三年四月二十日. A date without its day is no date.</summary>
internal static partial class ChineseDates
{
    private const string Digits = "〇一二三四五六七八九";

    public static DateOnly? Parse(string text)
    {
        var match = Pattern().Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }

        var year = Number(match.Groups["y"].Value, isYear: true);
        var month = Number(match.Groups["m"].Value, isYear: false);
        var day = Number(match.Groups["d"].Value, isYear: false);
        return year is >= 1990 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year.Value, month.Value)
            ? new DateOnly(year.Value, month.Value, day!.Value)
            : null;
    }

    /// <summary>A year in Chinese digits: 二〇二五 → 2025.</summary>
    public static int? Year(string text) => Number(text, isYear: true) is { } year and >= 1990 and <= 2100 ? year : null;

    private static int? Number(string text, bool isYear)
    {
        if (text.All(char.IsAsciiDigit))
        {
            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
        }

        if (isYear)
        {
            var year = 0;
            foreach (var c in text)
            {
                var digit = c == '零' || c == 'O' || c == '○' ? 0 : Digits.IndexOf(c, StringComparison.Ordinal);
                if (digit < 0)
                {
                    return null;
                }

                year = (year * 10) + digit;
            }

            return year;
        }

        return Numerals.Chinese(text);
    }

    [GeneratedRegex(@"^(?<y>\d{4}|[〇零○O一二三四五六七八九]{4})\s*[年\-./]\s*(?<m>\d{1,2}|[一二三四五六七八九十]{1,2})\s*[月\-./]\s*(?<d>\d{1,2}|[一二三四五六七八九十]{1,3})\s*日?$")]
    private static partial Regex Pattern();
}
