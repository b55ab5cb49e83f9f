using System.Globalization;

namespace Jixiao.Domain.Numbers;

/// <summary>
/// Finds the numbers printed in a text without allocating: a run of digits with an optional decimal part, or
/// 1–3 digits followed by thousands groups (10,283.32). A number does not start right after a digit or a point,
/// so "12.5.3" holds one number, 12.5. The same as the pattern
/// <c>(?&lt;![\d.])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?!\d)</c>, which a test holds it to. A digit is any
/// decimal digit, as <c>\d</c> has it: "٣5" is one number (which <see cref="TryRead"/> refuses), not 5.
/// </summary>
internal static class NumberScanner
{
    /// <summary>How many numbers <paramref name="text"/> holds, and where the first one stands.</summary>
    public static int Count(ReadOnlySpan<char> text, out Range first)
    {
        var found = Next(text, 0, out first);
        var count = 0;
        for (var number = first; found; found = Next(text, number.End.Value, out number))
        {
            count++;
        }

        return count;
    }

    /// <summary>The next number at or after <paramref name="start"/>, if there is one.</summary>
    public static bool Next(ReadOnlySpan<char> text, int start, out Range number)
    {
        for (var i = start; i < text.Length; i++)
        {
            if (char.IsDigit(text[i]) && (i == 0 || !(char.IsDigit(text[i - 1]) || text[i - 1] == '.')))
            {
                number = i..NumberEnd(text, i);
                return true;
            }
        }

        number = default;
        return false;
    }

    /// <summary>
    /// The value of a number <see cref="Count"/> found, thousands separators dropped; false when out of decimal's range
    /// or when it holds a digit other than 0–9.
    /// </summary>
    public static bool TryRead(ReadOnlySpan<char> number, out decimal value)
    {
        // Leading zeros can make a small number long ("000…05" is 5).
        Span<char> digits = number.Length <= 128 ? stackalloc char[128] : new char[number.Length];
        var length = 0;
        foreach (var c in number)
        {
            if (c != ',')
            {
                digits[length++] = c;
            }
        }

        return decimal.TryParse(digits[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static int NumberEnd(ReadOnlySpan<char> text, int start)
    {
        var run = DigitsFrom(text, start);
        var end = start + run;
        if (run <= 3)
        {
            // Thousands groups, as many as there are; if a digit follows the last, that group was not one.
            var groups = 0;
            var position = end;
            while (position + 3 < text.Length && text[position] == ',' && DigitsFrom(text, position + 1) >= 3)
            {
                groups++;
                position += 4;
            }

            if (groups > 0 && position < text.Length && char.IsDigit(text[position]))
            {
                groups--;
                position -= 4;
                return groups > 0 ? position : Decimals(text, end);
            }

            if (groups > 0)
            {
                return Decimals(text, position);
            }
        }

        return Decimals(text, end);
    }

    /// <summary>Past ".digits" at <paramref name="position"/>, if there are any.</summary>
    private static int Decimals(ReadOnlySpan<char> text, int position) =>
        position + 1 < text.Length && text[position] == '.' && char.IsDigit(text[position + 1])
            ? position + 1 + DigitsFrom(text, position + 1)
            : position;

    private static int DigitsFrom(ReadOnlySpan<char> text, int start)
    {
        var i = start;
        while (i < text.Length && char.IsDigit(text[i]))
        {
            i++;
        }

        return i - start;
    }
}
