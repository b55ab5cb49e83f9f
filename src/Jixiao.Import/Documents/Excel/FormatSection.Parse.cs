using System.Text;
using System.Text.RegularExpressions;

namespace Jixiao.Import.Documents.Excel;

internal sealed partial class FormatSection
{
    private static readonly System.Buffers.SearchValues<char> CurrencySigns = System.Buffers.SearchValues.Create("$¥￥€£");

    /// <summary>Reads one section of a format code (no ';' in it). What it cannot reproduce makes it <see cref="SectionKind.Unsupported"/>.</summary>
    public static FormatSection Parse(string code)
    {
        var section = new FormatSection();
        var literal = new StringBuilder();
        var dates = new List<(char Letter, int Length)>();
        bool digits = false, afterPoint = false, exponent = false, unsupported = false, general = false, text = false;
        var commas = 0;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            switch (c)
            {
                case '"':
                    var end = code.IndexOf('"', i + 1);
                    end = end < 0 ? code.Length : end;
                    literal.Append(code, i + 1, end - i - 1);
                    i = end;
                    break;
                case '\\':
                    if (i + 1 < code.Length)
                    {
                        literal.Append(code[++i]);
                    }

                    break;
                case '_' or '*':
                    i++; // padding as wide as the next character, or a fill: no text
                    break;
                case '[':
                    var close = code.IndexOf(']', i + 1);
                    close = close < 0 ? code.Length : close;
                    unsupported |= !HarmlessBracket().IsMatch(code[(i + 1)..close]);
                    i = close;
                    break;
                case '0' or '#' or '?':
                    if (exponent)
                    {
                        section.ExponentDigits++;
                        break;
                    }

                    if (digits && literal.Length > 0)
                    {
                        unsupported = true; // text between digits (000-0000, # ?/?)
                    }

                    if (!digits)
                    {
                        section.Prefix = literal.ToString();
                        literal.Clear();
                        digits = true;
                    }

                    section.Grouping |= commas > 0 && !afterPoint;
                    commas = 0;
                    if (afterPoint)
                    {
                        section.Places++;
                        section.RequiredPlaces += c == '0' ? 1 : 0;
                    }
                    else
                    {
                        section.IntegerPlaceholders++;
                        section.IntegerDigits += c == '0' ? 1 : 0;
                    }

                    break;
                case '.' when !afterPoint && !exponent && (digits || (i + 1 < code.Length && code[i + 1] is '0' or '#' or '?')):
                    afterPoint = true;
                    section.ThousandsScale += commas;
                    commas = 0;
                    break;
                case ',' when digits && !exponent:
                    commas++;
                    break;
                case '%':
                    section.Percents++;
                    literal.Append('%');
                    break;
                case 'E' or 'e' when digits && !exponent && i + 1 < code.Length && code[i + 1] is '+' or '-':
                    exponent = true;
                    section.ExponentPlus = code[++i] == '+';
                    break;
                case '@':
                    text = true;
                    break;
                case 'G' or 'g' when string.Compare(code, i, "General", 0, 7, StringComparison.OrdinalIgnoreCase) == 0:
                    section.Prefix = literal.ToString();
                    literal.Clear();
                    general = digits = true;
                    i += 6;
                    break;
                case 'y' or 'Y' or 'm' or 'M' or 'd' or 'D' or 'h' or 'H' or 's' or 'S':
                    var letter = char.ToLowerInvariant(c);
                    var length = 1;
                    while (i + 1 < code.Length && char.ToLowerInvariant(code[i + 1]) == letter)
                    {
                        i++;
                        length++;
                    }

                    dates.Add((letter, length));
                    break;
                case 'A' or 'a' when StartsWith(code, i, "AM/PM") || StartsWith(code, i, "A/P"):
                    i += StartsWith(code, i, "AM/PM") ? 4 : 2; // shown on a 24-hour clock instead
                    break;
                case '上' when StartsWith(code, i, "上午/下午"):
                    i += 4;
                    break;
                default:
                    // Letters must be quoted to be text; an unquoted one is a code this reader does not know (e, g, B1).
                    unsupported |= char.IsAsciiLetter(c);
                    literal.Append(c);
                    break;
            }
        }

        section.ThousandsScale += exponent ? 0 : commas;
        section.Kind = unsupported ? SectionKind.Unsupported
            : dates.Count > 0 ? SectionKind.Date
            : general ? SectionKind.General
            : digits ? SectionKind.Number
            : text ? SectionKind.Text
            : SectionKind.Literal;
        if (digits)
        {
            section.Suffix = literal.ToString();
        }
        else
        {
            section.Prefix = literal.ToString();
        }

        section.Prefix = WithoutCurrency(section.Prefix);
        section.Suffix = WithoutCurrency(section.Suffix);
        section.Date = Parts(dates);
        return section;
    }

    /// <summary>An m is minutes right after hours or right before seconds, else the month; dddd is the weekday, not the day.</summary>
    private static DateParts Parts(List<(char Letter, int Length)> tokens)
    {
        var parts = DateParts.None;
        for (var i = 0; i < tokens.Count; i++)
        {
            parts |= tokens[i] switch
            {
                ('y', _) => DateParts.Year,
                ('d', <= 2) => DateParts.Day,
                ('h', _) => DateParts.Hour,
                ('s', _) => DateParts.Second,
                ('m', _) when (i > 0 && tokens[i - 1].Letter == 'h') || (i + 1 < tokens.Count && tokens[i + 1].Letter == 's') => DateParts.Minute,
                ('m', _) => DateParts.Month,
                _ => DateParts.None,
            };
        }

        return parts;
    }

    private static bool StartsWith(string code, int at, string word) => string.Compare(code, at, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0;

    private static string WithoutCurrency(string literal) => literal.AsSpan().IndexOfAny(CurrencySigns) < 0
        ? literal
        : string.Concat(literal.Where(c => !CurrencySigns.Contains(c)));

    /// <summary>Colours and currency or locale tags change no digit; conditions, elapsed time and [DBNum] numerals do.</summary>
    [GeneratedRegex(@"^(?:Black|Blue|Cyan|Green|Magenta|Red|White|Yellow|Color\s*\d{1,2}|\$[^\]]*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HarmlessBracket();
}
