using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace Jixiao.Domain.Numbers;

/// <summary>
/// Reads numbers with units out of printed Chinese text ("不少于 6000 册", "66.55万人", "98.70％").
/// It reads only what is certain: text with two numbers, a hedge (约, 余, 左右) or conflicting
/// comparisons gives no value rather than a guess.
/// </summary>
public static partial class QuantityParser
{
    /// <summary>
    /// Larger numbers (after folding 万 / 亿) and finer ones are not indicator values; refusing them keeps every
    /// ratio of two quantities within decimal's range.
    /// </summary>
    private const decimal MaxValue = 1_000_000_000_000_000m;

    private const int MaxScale = 8;

    /// <summary>Units, longest first so that 人次 wins over 人. 万 / 亿 may stand before any of them.</summary>
    private static readonly string[] s_units =
    [
        "个工作日", "工作日", "平方米", "人次", "场次", "户次", "件次", "小时", "分钟", "公里",
        "%", "‰", "元", "次", "人", "个", "册", "期", "件", "宗", "起", "天", "日", "月", "年", "户", "场",
        "家", "所", "篇", "条", "项", "名", "份", "套", "台", "辆", "处", "批", "张", "本", "座", "分",
        "吨", "米", "支", "间", "床", "种", "类", "周", "km",
    ];

    /// <summary>The units by their first character, longest first as in <see cref="s_units"/>.</summary>
    private static readonly Dictionary<char, string[]> s_unitsByFirst =
        s_units.GroupBy(unit => unit[0]).ToDictionary(group => group.Key, group => group.ToArray());

    /// <summary>Comparison words, longest first so that 不低于 wins over 低于.</summary>
    private static readonly (string Word, Comparison Comparison)[] s_comparisons =
    [
        ("大于等于", Comparison.AtLeast), ("小于等于", Comparison.AtMost), ("及以上", Comparison.AtLeast),
        ("及以下", Comparison.AtMost), ("不少于", Comparison.AtLeast), ("不低于", Comparison.AtLeast),
        ("不小于", Comparison.AtLeast), ("不多于", Comparison.AtMost), ("不高于", Comparison.AtMost),
        ("不超过", Comparison.AtMost), ("不大于", Comparison.AtMost), ("以上", Comparison.AtLeast),
        ("至少", Comparison.AtLeast), ("超过", Comparison.AtLeast), ("高于", Comparison.AtLeast),
        ("大于", Comparison.AtLeast), ("以下", Comparison.AtMost), ("以内", Comparison.AtMost),
        ("低于", Comparison.AtMost), ("小于", Comparison.AtMost), ("少于", Comparison.AtMost),
        ("等于", Comparison.Exactly), (">=", Comparison.AtLeast), ("<=", Comparison.AtMost),
        ("≥", Comparison.AtLeast), ("≤", Comparison.AtMost), (">", Comparison.AtLeast), ("<", Comparison.AtMost),
        ("=", Comparison.Exactly),
    ];

    private static readonly SearchValues<string> s_comparisonWords = SearchValues.Create(s_comparisons.Select(pair => pair.Word).ToArray(), StringComparison.Ordinal);

    private static readonly SearchValues<char> s_comparisonFirsts = SearchValues.Create([.. s_comparisons.Select(pair => pair.Word[0]).Distinct()]);

    /// <summary>Symbols NFKC leaves unchanged: ≥ ≤ 、 。 “ ” ‘ ’ 《 》 — – ·.</summary>
    private static readonly SearchValues<char> s_stableSymbols = SearchValues.Create("≥≤、。“”‘’《》—–·");

    private static readonly SearchValues<char> s_rangeSigns = SearchValues.Create("~-—–至到");

    /// <summary>
    /// Units that make "内" after them a time limit, at most: 30日内, 2个工作日内, 24小时内 (not 年内, which names the
    /// year: 年内建成 10 个). Only the number's own unit counts: in 当日内办结率 98% the limit is not on 98%.
    /// </summary>
    private static readonly string[] s_timeLimitUnits = ["个工作日", "工作日", "小时", "分钟", "日", "天", "周"];

    /// <summary>Signs and words before a number that make it negative or inexact (-5%, 约 300 人).</summary>
    private static readonly string[] s_signsAndHedgesBefore = ["-", "−", "负", "约", "近", "超", "逾"];

    /// <summary>Words after a number and its unit that make it inexact (300 余人, 300 人左右).</summary>
    private static readonly string[] s_hedgesAfter = ["余", "多", "左右", "上下"];

    [GeneratedRegex(@"^(?<low>.*?\d[^~\-—至到]*?)\s*(?:~|-|—|–|至|到)\s*(?<high>\d.*)$")]
    private static partial Regex RangePattern();

    [GeneratedRegex(@"(?<=\d)\s*\.\s*(?=\d)")]
    private static partial Regex BrokenDecimal();

    /// <summary>Full-width forms folded (ＮＦＫＣ), numbers broken by spaces mended ("2456. 19" → "2456.19").</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = Fold(text);
        return HasSpacedPoint(folded) ? BrokenDecimal().Replace(folded, ".") : folded;
    }

    /// <summary>Whether a point has a blank beside it, as a number broken by PDF conversion has ("2456. 19").</summary>
    private static bool HasSpacedPoint(string text)
    {
        for (var at = text.IndexOf('.', StringComparison.Ordinal); at >= 0; at = text.IndexOf('.', at + 1))
        {
            if ((at > 0 && char.IsWhiteSpace(text[at - 1])) || (at + 1 < text.Length && char.IsWhiteSpace(text[at + 1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// NFKC, with 〜 as ~. Most indicator values hold only ASCII, CJK ideographs, stable symbols and full-width
    /// ASCII forms (％ ， （ ）): those are folded here, since ICU's normalization costs more than the rest of a parse.
    /// </summary>
    private static string Fold(string text)
    {
        var fullWidth = 0;
        foreach (var c in text)
        {
            if (c is >= '\uFF01' and <= '\uFF5E' or '\u3000')
            {
                fullWidth++;
            }
            else if (c >= 0x80 && c is not (>= '\u4E00' and <= '\u9FFF') && !s_stableSymbols.Contains(c))
            {
                return text.Normalize(NormalizationForm.FormKC).Replace('～', '~');
            }
        }

        return fullWidth == 0 ? text : string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c == '\u3000' ? ' ' : c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c;
            }
        });
    }

    /// <summary>Reads an exact value: one number, its unit, no comparison or hedge words around it.</summary>
    public static bool TryParseQuantity(string? text, out Quantity quantity)
    {
        quantity = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var normalized = Normalize(text);
        return normalized.AsSpan().ContainsAnyInRange('0', '9') && FindComparisons(normalized) == 0
            && TryReadSingle(normalized, out quantity, out var isTimeLimit) && !isTimeLimit;
    }

    /// <summary>Reads a target: "≥26次", "不少于 6000 册", "低于20%", "90%-95%"; a bare number means "at least".</summary>
    public static bool TryParseTarget(string? text, out Target target)
    {
        target = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var normalized = Normalize(text);
        if (!normalized.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return false;
        }

        var comparisons = FindComparisons(normalized);
        if (comparisons == 0 && normalized.AsSpan().ContainsAny(s_rangeSigns) && NumberScanner.Count(normalized, out _) == 2
            && RangePattern().Match(normalized) is { Success: true } range
            && TryReadSingle(range.Groups["low"].ValueSpan, out var low, out _)
            && TryReadSingle(range.Groups["high"].ValueSpan, out var high, out _)
            && low.Value <= high.Value)
        {
            var unit = low.Unit.Length == 0 ? high.Unit : low.Unit;
            target = new Target(Comparison.Between, low with { Unit = unit }, high with { Unit = high.Unit.Length == 0 ? unit : high.Unit });
            return true;
        }

        if (!TryReadSingle(normalized, out var quantity, out var isTimeLimit))
        {
            return false;
        }

        comparisons |= isTimeLimit ? 1 << (int)Comparison.AtMost : 0;

        // One comparison at most: "不低于 90% 且不高于 95%" is not one target.
        if (int.PopCount(comparisons) > 1)
        {
            return false;
        }

        target = new Target(comparisons == 0 ? Comparison.AtLeast : (Comparison)int.TrailingZeroCount(comparisons), quantity, null);
        return true;
    }

    /// <summary>
    /// The comparisons the words of <paramref name="text"/> ask for, one bit per <see cref="Comparison"/>. Longer words
    /// are taken first and blanked out, so that 不低于 is not also read as 低于. Only the words whose first character
    /// the text holds are looked for: a target holds one or two of them.
    /// </summary>
    internal static int FindComparisons(string text)
    {
        if (!text.AsSpan().ContainsAny(s_comparisonWords))
        {
            return 0;
        }

        // The first characters of the words the text may hold; -1 when there are more than the buffer takes: look for all.
        Span<char> firsts = stackalloc char[8];
        var firstCount = 0;
        foreach (var c in text)
        {
            if (firstCount >= 0 && s_comparisonFirsts.Contains(c) && firsts[..firstCount].IndexOf(c) < 0)
            {
                if (firstCount == firsts.Length)
                {
                    firstCount = -1;
                }
                else
                {
                    firsts[firstCount++] = c;
                }
            }
        }

        Span<char> rest = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        text.CopyTo(rest);
        var found = 0;
        foreach (var (word, comparison) in s_comparisons)
        {
            if (firstCount >= 0 && firsts[..firstCount].IndexOf(word[0]) < 0)
            {
                continue;
            }

            var at = rest.IndexOf(word, StringComparison.Ordinal);
            if (at >= 0)
            {
                found |= 1 << (int)comparison;
            }

            for (; at >= 0; at = rest.IndexOf(word, StringComparison.Ordinal))
            {
                rest.Slice(at, word.Length).Fill(' ');
            }
        }

        return found;
    }

    /// <summary>
    /// The one number of <paramref name="text"/> with its unit; none when there are several, when a sign or a
    /// hedge (约, 余, 左右) stands beside it, or when it is beyond what an indicator value can be.
    /// <paramref name="isTimeLimit"/> tells whether 内 follows a unit of time (30日内).
    /// </summary>
    private static bool TryReadSingle(ReadOnlySpan<char> text, out Quantity quantity, out bool isTimeLimit)
    {
        quantity = default;
        isTimeLimit = false;
        if (NumberScanner.Count(text, out var number) != 1
            || !NumberScanner.TryRead(text[number], out var value)
            || value > MaxValue || value.Scale > MaxScale)
        {
            return false;
        }

        var before = text[..number.Start].TrimEnd();
        var rest = text[number.End..].TrimStart();
        var unit = ReadUnit(rest);
        var after = rest[unit.Length..].TrimStart();
        foreach (var word in s_signsAndHedgesBefore)
        {
            if (before.EndsWith(word, StringComparison.Ordinal))
            {
                return false;
            }
        }

        foreach (var word in s_hedgesAfter)
        {
            if (after.StartsWith(word, StringComparison.Ordinal))
            {
                return false;
            }
        }

        quantity = new Quantity(value, unit);
        isTimeLimit = after.StartsWith('内') && s_timeLimitUnits.Contains(quantity.BaseUnit);
        return quantity.BaseValue <= MaxValue;
    }

    /// <summary>The unit at the start of <paramref name="after"/>, the text right after a number: "人次", "万元", or "".</summary>
    internal static string ReadUnit(ReadOnlySpan<char> after)
    {
        var prefix = after.Length > 0 && after[0] is '万' or '亿' ? after[0] : '\0';
        var rest = prefix == '\0' ? after : after[1..];
        foreach (var unit in rest.IsEmpty ? [] : s_unitsByFirst.GetValueOrDefault(rest[0], []))
        {
            if (rest.StartsWith(unit, StringComparison.Ordinal))
            {
                return prefix == '\0' ? unit : prefix + unit;
            }
        }

        return prefix == '\0' ? "" : prefix.ToString();
    }
}
