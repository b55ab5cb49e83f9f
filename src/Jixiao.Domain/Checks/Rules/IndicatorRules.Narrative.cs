using Jixiao.Domain.Model;
using Jixiao.Domain.Numbers;

namespace Jixiao.Domain.Checks.Rules;

/// <summary>
/// JX-I006: the narrative's figures against the table's. A table that prints 2423人次 beside a narrative that
/// says 2432人 on the same topic has two digits swapped in one of them; only reading both finds it.
/// </summary>
internal static partial class IndicatorRules
{
    /// <summary>Characters of the narrative around a figure that may name its topic.</summary>
    private const int TopicBefore = 12;

    private const int TopicAfter = 8;

    private static readonly System.Buffers.SearchValues<char> s_stops = System.Buffers.SearchValues.Create("，。；、,;");

    /// <summary>Figures shorter than this are too common for a swap of two digits to mean anything.</summary>
    private const int MinDigits = 3;

    private static void NarrativeTransposes(RuleContext context)
    {
        var figures = new List<(Measured Item, string Figure)>();
        foreach (var item in MeasuredItems(context))
        {
            if (!item.HasNoOwnTarget && item.ParsedActual is not null && PrintedFigure(item.Actual!) is { Length: >= MinDigits } figure)
            {
                figures.Add((item, figure));
            }
        }

        if (figures.Count == 0)
        {
            return;
        }

        // Only the figures as long as some actual's can be its swap; most of a narrative's numbers are shorter.
        var lengths = figures.Select(pair => pair.Figure.Length).ToHashSet();
        var numbers = new List<Range>();
        foreach (var narrative in Prose.OfResults(context.Evaluation))
        {
            // Only full-width digits need folding here; the rest of a long narrative is left as it is.
            var text = narrative.Text.AsSpan().ContainsAnyInRange('\uFF10', '\uFF19') ? QuantityParser.Normalize(narrative.Text) : narrative.Text;
            numbers.Clear();
            for (var found = NumberScanner.Next(text, 0, out var number); found; found = NumberScanner.Next(text, number.End.Value, out number))
            {
                var printed = text.AsSpan()[number];
                if (lengths.Contains(printed.Length - printed.Count(',')))
                {
                    numbers.Add(number);
                }
            }

            foreach (var (item, figure) in figures)
            {
                // A text that prints the figure itself means another number by its swap: 2023年 beside 2032 人次.
                if (Prints(text, numbers, figure))
                {
                    continue;
                }

                foreach (var number in numbers)
                {
                    var printed = Digits(text, number);
                    if (IsAdjacentSwap(printed, figure) && !item.Name.AsSpan().Contains(printed, StringComparison.Ordinal)
                        && UnitsMayAgree(text, number, item.ParsedActual!.Value) && SharesTopic(text, number, item.Name))
                    {
                        context.Report($"{item.Field}.actual", $"{item.Label}实际完成值为「{item.Actual}」，而{FieldWords.Chinese(narrative.Field, context.Evaluation)}写作「{Snippet(text, number)}」：数字疑似颠倒，请核对");
                    }
                }
            }
        }
    }

    private static bool Prints(string text, List<Range> numbers, string figure)
    {
        foreach (var number in numbers)
        {
            if (Digits(text, number).SequenceEqual(figure))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A number's digits as printed, thousands separators left out ("2,432" → "2432").</summary>
    private static ReadOnlySpan<char> Digits(string text, Range number)
    {
        var printed = text.AsSpan()[number];
        return printed.Contains(',') ? printed.ToString().Replace(",", "", StringComparison.Ordinal) : printed;
    }

    /// <summary>The one number an actual prints, without thousands separators ("2,423人次" → "2423").</summary>
    private static string? PrintedFigure(string actual)
    {
        var text = QuantityParser.Normalize(actual);
        return NumberScanner.Count(text, out var number) == 1 ? Digits(text, number).ToString() : null;
    }

    /// <summary>
    /// Whether the unit after a narrative number may be the actual's: either has none, or one base unit begins the other
    /// (人 and 人次, 元 and 万元). 2023年 is not a count of 人次, nor 98.07分 a rate.
    /// </summary>
    private static bool UnitsMayAgree(string text, Range number, Quantity actual)
    {
        var unit = QuantityParser.ReadUnit(text.AsSpan(number.End.Value).TrimStart());
        if (unit.Length == 0 || actual.Unit.Length == 0)
        {
            return true;
        }

        var (a, b) = (new Quantity(0m, unit).BaseUnit, actual.BaseUnit);
        return a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal);
    }

    /// <summary>Whether two figures differ only by two neighbouring digits swapped: 2423 and 2432.</summary>
    private static bool IsAdjacentSwap(ReadOnlySpan<char> a, string b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        var first = 0;
        while (first < a.Length && a[first] == b[first])
        {
            first++;
        }

        return first + 1 < a.Length && char.IsAsciiDigit(a[first]) && char.IsAsciiDigit(a[first + 1])
            && a[first] == b[first + 1] && a[first + 1] == b[first] && a[(first + 2)..].SequenceEqual(b.AsSpan(first + 2));
    }

    /// <summary>Whether the words around a figure share two characters in a row with the indicator's name (入学 in 子女入学人数).</summary>
    private static bool SharesTopic(string text, Range number, string name)
    {
        var (start, end) = (number.Start.Value, number.End.Value);
        var around = text.AsSpan(Math.Max(0, start - TopicBefore), Math.Min(text.Length, end + TopicAfter) - Math.Max(0, start - TopicBefore));
        for (var i = 0; i + 1 < name.Length; i++)
        {
            if (!char.IsAsciiDigit(name[i]) && !char.IsAsciiDigit(name[i + 1]) && !char.IsWhiteSpace(name[i]) && !char.IsWhiteSpace(name[i + 1])
                && around.IndexOf(name.AsSpan(i, 2), StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The figure and the words after it up to the next stop: "2432人积分入学".</summary>
    private static string Snippet(string text, Range number)
    {
        var end = Math.Min(text.Length, number.End.Value + TopicAfter);
        var stop = text.AsSpan(number.End.Value, end - number.End.Value).IndexOfAny(s_stops);
        return text[number.Start.Value..(stop < 0 ? end : number.End.Value + stop)];
    }
}
