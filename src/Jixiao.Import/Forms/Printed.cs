using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Domain.Numbers;

namespace Jixiao.Import.Forms;

/// <summary>A number as a form's cell prints it: its value, and whether a % followed it.</summary>
internal readonly partial record struct Printed(decimal Value, bool Percent)
{
    /// <summary>A whole cell that is one number (「2,456.18」「100.00%」「86%」), or null.</summary>
    public static Printed? Parse(string key)
    {
        var match = Whole().Match(key);
        return match.Success ? Of(match.Groups["n"].Value, match.Groups["p"].Success) : null;
    }

    /// <summary>A cell that says nothing: 「—」「/」「-」「无」.</summary>
    public static bool IsDash(string key) => key is "—" or "——" or "-" or "--" or "/" or "\\" or "无" or "-—" or "－";

    /// <summary>
    /// The ways a run of digits that lost its separators (「10100%20」) reads as <paramref name="count"/> numbers, each
    /// printed as numbers are: no leading zeros, one decimal point, % only at a number's end, at most six decimals.
    /// </summary>
    public static List<List<Printed>> Splits(string run, int count)
    {
        var result = new List<List<Printed>>();
        if (run.Length > 48 || count <= 0)
        {
            return result;
        }

        Split(run, 0, count, [], result);
        return result;
    }

    private static void Split(string run, int at, int count, List<Printed> taken, List<List<Printed>> result)
    {
        if (at == run.Length)
        {
            if (taken.Count == count)
            {
                result.Add([.. taken]);
            }

            return;
        }

        if (taken.Count == count || result.Count > 10_000)
        {
            return;
        }

        for (var end = at + 1; end <= run.Length; end++)
        {
            var piece = run[at..end];
            if (piece.EndsWith('%'))
            {
                if (Of(piece[..^1], percent: true) is { } rate && IsPrinted(piece[..^1]))
                {
                    taken.Add(rate);
                    Split(run, end, count, taken, result);
                    taken.RemoveAt(taken.Count - 1);
                }

                break; // a % ends the number
            }

            if (IsPrinted(piece) && Of(piece, percent: false) is { } number && (end == run.Length || run[end] != '.'))
            {
                taken.Add(number);
                Split(run, end, count, taken, result);
                taken.RemoveAt(taken.Count - 1);
            }
        }
    }

    private static bool IsPrinted(string piece) =>
        piece.Length > 0 && char.IsAsciiDigit(piece[0]) && char.IsAsciiDigit(piece[^1])
        && (piece.Length == 1 || piece[0] != '0' || piece[1] == '.')
        && piece.Count(c => c == '.') <= 1 && (piece.IndexOf('.', StringComparison.Ordinal) is var dot && (dot < 0 || piece.Length - dot - 1 <= 6));

    private static Printed? Of(string digits, bool percent) =>
        decimal.TryParse(digits, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && Math.Abs(value) <= Money.Largest
            ? new Printed(value, percent)
            : null;

    [GeneratedRegex(@"^(?<n>[+-]?\d+(?:\.\d+)?)(?<p>%)?$")]
    private static partial Regex Whole();
}
