using System.Globalization;
using System.Text;
using Jixiao.Domain.Numbers;

namespace Jixiao.Import.Documents.Excel;

/// <summary>Decimal arithmetic for showing numbers as Excel does: significant digits, powers of ten, fixed places.</summary>
internal static class DecimalDigits
{
    /// <summary>Excel shows at most 15 significant digits; the 16th and 17th of a stored double are binary noise (2394.8300000000004).</summary>
    public const int ExcelPrecision = 15;

    public static decimal Pow10(int exponent)
    {
        var power = 1m;
        for (var i = 0; i < exponent; i++)
        {
            power *= 10m;
        }

        return power;
    }

    /// <summary>floor(log10(|value|)) of a non-zero value: 2 for 123.4, -3 for 0.0012.</summary>
    public static int Magnitude(decimal value)
    {
        var abs = Math.Abs(value);
        var magnitude = 0;
        if (abs >= 1m)
        {
            for (abs = Math.Truncate(abs); abs >= 10m; abs = Math.Truncate(abs / 10m))
            {
                magnitude++;
            }

            return magnitude;
        }

        for (; abs < 1m; abs *= 10m)
        {
            magnitude--;
        }

        return magnitude;
    }

    /// <summary>How many digits a stored number's text has from its first non-zero digit ("0.0125" has 3, "1.5E-3" has 2).</summary>
    public static int SignificantDigits(string stored)
    {
        var count = 0;
        foreach (var c in stored)
        {
            if (c is 'e' or 'E')
            {
                break;
            }

            count += c is >= '1' and <= '9' || (c == '0' && count > 0) ? 1 : 0;
        }

        return count;
    }

    /// <summary>The value rounded half away from zero to <paramref name="digits"/> significant digits.</summary>
    public static decimal Significant(decimal value, int digits)
    {
        if (value == 0m)
        {
            return 0m;
        }

        var places = digits - 1 - Magnitude(value);
        if (places >= 0)
        {
            return Rounding.Round(value, Math.Min(places, 28));
        }

        var unit = Pow10(-places);
        return Rounding.Round(value / unit, 0) * unit;
    }

    /// <summary>A non-negative value as plain digits without trailing zeros after the point: 2394.83, 0.9999, 12.</summary>
    public static string Plain(decimal value)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) ? text.TrimEnd('0').TrimEnd('.') : text;
    }

    /// <summary>
    /// A non-negative value rounded half away from zero to <paramref name="places"/> decimals, of which only
    /// <paramref name="required"/> are kept when they are trailing zeros (0.0# shows 1.5 as 1.5, 1.25 as 1.25);
    /// at least <paramref name="integerDigits"/> integer digits, grouped by thousands when asked.
    /// </summary>
    public static string Fixed(decimal value, int places, int required, int integerDigits, bool grouping)
    {
        places = Math.Min(places, 28);
        var rounded = Rounding.Round(value, places);
        var text = rounded.ToString("F" + places.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var point = text.IndexOf('.', StringComparison.Ordinal);
        var integer = point < 0 ? text : text[..point];
        var fraction = point < 0 ? "" : text[(point + 1)..];
        var keep = fraction.Length;
        while (keep > required && fraction[keep - 1] == '0')
        {
            keep--;
        }

        integer = integer.PadLeft(Math.Max(1, integerDigits), '0');
        var result = new StringBuilder(grouping ? Group(integer) : integer);
        return keep > 0 ? result.Append('.').Append(fraction, 0, keep).ToString() : result.ToString();
    }

    private static string Group(string integer)
    {
        var grouped = new StringBuilder(integer.Length + (integer.Length / 3));
        for (var i = 0; i < integer.Length; i++)
        {
            if (i > 0 && (integer.Length - i) % 3 == 0)
            {
                grouped.Append(',');
            }

            grouped.Append(integer[i]);
        }

        return grouped.ToString();
    }
}
