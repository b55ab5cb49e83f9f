using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Domain.Numbers;

namespace Jixiao.Import.Recognizers;

/// <summary>
/// Finds the numbers in a normalized text, with their units. A number touching letters or a second
/// decimal point (OCR damage: 3,2O5.66, 112.7.4, 9l.5), or run into digits by a comma the normalizer could not
/// read as a thousands separator (1，200), is no number: it is skipped, never guessed.
/// </summary>
internal static partial class Mentions
{
    public static List<Mention> Scan(string text)
    {
        var found = new List<Mention>();
        foreach (Match match in Number().Matches(text))
        {
            var digits = match.Groups["n"];
            if (!decimal.TryParse(digits.ValueSpan, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value > Money.Largest)
            {
                continue;
            }

            var unit = match.Groups["u"];
            found.Add(new Mention(digits.Index, digits.Length, value, unit.Success ? unit.Value : "", unit.Success ? unit.Index + unit.Length : digits.Index + digits.Length));
        }

        return found;
    }

    [GeneratedRegex(@"(?<![\dA-Za-z.]|[\dA-Za-z][.,，])(?<n>\d+(?:\.\d+)?)(?![\dA-Za-z])(?![.,，][\dA-Za-z])(?:\s*(?<u>" + Money.Units + @"|%|分|人次|人|个|次|件|年|月|日|万|亿))?")]
    private static partial Regex Number();
}
