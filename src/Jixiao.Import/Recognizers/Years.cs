using System.Globalization;
using System.Text.RegularExpressions;

namespace Jixiao.Import.Recognizers;

/// <summary>Years named in a sentence: one that names another year than the evaluated one speaks of that year.</summary>
internal static partial class Years
{
    /// <summary>The first year a text names (「2023 年度」), or null.</summary>
    public static int? First(string text) => Year().Match(text) is { Success: true } match ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;

    /// <summary>True when <paramref name="text"/> names a year other than <paramref name="year"/> (any year, when it is unknown).</summary>
    public static bool OtherThan(string text, int? year)
    {
        foreach (Match match in Year().Matches(text))
        {
            if (year is null || int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) != year)
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"(?<!\d)((?:19|20)\d{2})\s*年")]
    private static partial Regex Year();
}
