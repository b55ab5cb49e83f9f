using System.Globalization;
using Jixiao.Domain.Numbers;

namespace Jixiao.Import.Documents.Excel;

/// <summary>
/// A cell's number format, showing a stored number as Excel shows it: the stored double first cut to Excel's
/// 15 significant digits (2394.8300000000004 is 2394.83), then rounded half away from zero to the format's
/// places (0.00, #,##0.00, 0.00%), dates as 2024年3月5日. Where a format asks for what this reader does not
/// reproduce, or would hide the number (a zero shown as "-", a negative shown in parentheses or without its sign),
/// the number itself is shown, with its sign: never a different number.
/// </summary>
internal sealed class NumberFormat
{
    private static readonly FormatSection GeneralSection = FormatSection.Parse("General");

    private readonly FormatSection[] _sections;

    private NumberFormat(FormatSection[] sections) => _sections = sections;

    public static NumberFormat General { get; } = Parse("General");

    public static NumberFormat Parse(string code) => new([.. Sections(code).Select(FormatSection.Parse)]);

    /// <summary>The stored text of a number cell as shown; the stored text itself when it is no number a decimal holds.</summary>
    public string Show(string stored, bool date1904)
    {
        var trimmed = stored.Trim();
        if (!decimal.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            || (value == 0m && trimmed.TakeWhile(c => c is not ('e' or 'E')).Any(c => c is >= '1' and <= '9')))
        {
            return trimmed; // beyond decimal's range (1E+300, 1E-30): as stored, which is how General shows it
        }

        // Most stored numbers have 15 significant digits or fewer: nothing to cut.
        return ShowSignificant(DecimalDigits.SignificantDigits(trimmed) <= DecimalDigits.ExcelPrecision ? value : DecimalDigits.Significant(value, DecimalDigits.ExcelPrecision), date1904);
    }

    private string ShowSignificant(decimal shown, bool date1904)
    {
        var section = Choose(shown);
        try
        {
            return Show(shown, section, date1904);
        }
        catch (OverflowException)
        {
            return Show(shown, GeneralSection, date1904);
        }
    }

    private FormatSection Choose(decimal value)
    {
        var chosen = value < 0m && _sections.Length > 1 ? _sections[1]
            : value == 0m && _sections.Length > 2 ? _sections[2]
            : _sections[0];
        // A zero section without a required digit ("-"?? in accounting formats) shows a dash: the first section shows the zero.
        chosen = chosen.HasDigits && (value != 0m || chosen.ShowsZero) ? chosen : _sections[0];
        return chosen.HasDigits ? chosen : GeneralSection;
    }

    private static string Show(decimal value, FormatSection section, bool date1904)
    {
        var negative = value < 0m;
        var abs = Math.Abs(value);
        if (section.Kind == SectionKind.Date)
        {
            return (negative ? null : ExcelDates.Show(abs, section.Date, date1904)) ?? Show(value, GeneralSection, date1904);
        }

        var body = section.Kind == SectionKind.Number ? Digits(abs, section) : DecimalDigits.Plain(abs);
        var (prefix, suffix) = section.Kind == SectionKind.Unsupported ? ("", "") : (Literal(section.Prefix, negative), Literal(section.Suffix, negative));
        var sign = negative && body.Any(c => c is >= '1' and <= '9') ? "-" : "";
        return (sign + prefix + body + suffix).Trim();
    }

    /// <summary>A negative number is shown with its minus sign, in place of the parentheses or sign its section prints.</summary>
    private static string Literal(string text, bool negative) =>
        negative ? string.Concat(text.Where(c => c is not ('-' or '(' or ')'))) : text;

    private static string Digits(decimal abs, FormatSection section)
    {
        var value = abs * DecimalDigits.Pow10(2 * section.Percents) / DecimalDigits.Pow10(3 * section.ThousandsScale);
        if (section.ExponentDigits == 0)
        {
            return DecimalDigits.Fixed(value, section.Places, section.RequiredPlaces, section.IntegerDigits, section.Grouping);
        }

        if (section.IntegerPlaceholders > 1)
        {
            return DecimalDigits.Plain(value); // an engineering format (##0.0E+0): its exponent steps by three
        }

        var exponent = value == 0m ? 0 : DecimalDigits.Magnitude(value);
        var mantissa = Rounding.Round(exponent >= 0 ? value / DecimalDigits.Pow10(exponent) : value * DecimalDigits.Pow10(-exponent), section.Places);
        if (mantissa >= 10m)
        {
            mantissa /= 10m;
            exponent++;
        }

        var sign = exponent < 0 ? "-" : section.ExponentPlus ? "+" : "";
        return DecimalDigits.Fixed(mantissa, section.Places, section.RequiredPlaces, 1, false) + "E" + sign
            + Math.Abs(exponent).ToString(CultureInfo.InvariantCulture).PadLeft(section.ExponentDigits, '0');
    }

    /// <summary>The sections of a code, split at the semicolons that are not quoted, escaped or bracketed.</summary>
    private static List<string> Sections(string code)
    {
        var sections = new List<string>();
        var start = 0;
        for (var i = 0; i < code.Length; i++)
        {
            switch (code[i])
            {
                case '"':
                    var end = code.IndexOf('"', i + 1);
                    i = end < 0 ? code.Length : end;
                    break;
                case '\\' or '_' or '*':
                    i++;
                    break;
                case '[':
                    var close = code.IndexOf(']', i + 1);
                    i = close < 0 ? code.Length : close;
                    break;
                case ';':
                    sections.Add(code[start..i]);
                    start = i + 1;
                    break;
            }
        }

        sections.Add(code[Math.Min(start, code.Length)..]);
        return sections;
    }
}
