using System.Globalization;
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

    /// <summary>Comparison words, longest first so that 不低于 wins over 低于.</summary>
    private static readonly (string Word, Comparison Comparison)[] s_comparisons =
    [
        ("大于等于", Comparison.AtLeast), ("小于等于", Comparison.AtMost), ("及以上", Comparison.AtLeast),
        ("及以下", Comparison.AtMost), ("不少于", Comparison.AtLeast), ("不低于", Comparison.AtLeast),
        ("不小于", Comparison.AtLeast), ("不多于", Comparison.AtMost), ("不高于", Comparison.AtMost),
        ("不超过", Comparison.AtMost), ("不大于", Comparison.AtMost), ("以上", Comparison.AtLeast),
        ("至少", Comparison.AtLeast), ("超过", Comparison.AtLeast), ("高于", Comparison.AtLeast),
        ("大于", Comparison.AtLeast), ("以下", Comparison.AtMost), ("以内", Comparison.AtMost),
        // A time limit: 30日内, 2个工作日内, 24小时内 (not 年内, which names the year: 年内建成 10 个).
        ("日内", Comparison.AtMost), ("天内", Comparison.AtMost), ("小时内", Comparison.AtMost),
        ("分钟内", Comparison.AtMost), ("周内", Comparison.AtMost),
        ("低于", Comparison.AtMost), ("小于", Comparison.AtMost), ("少于", Comparison.AtMost),
        ("等于", Comparison.Exactly), (">=", Comparison.AtLeast), ("<=", Comparison.AtMost),
        ("≥", Comparison.AtLeast), ("≤", Comparison.AtMost), (">", Comparison.AtLeast), ("<", Comparison.AtMost),
        ("=", Comparison.Exactly),
    ];

    /// <summary>Signs and words before a number that make it negative or inexact (-5%, 约 300 人).</summary>
    private static readonly string[] s_signsAndHedgesBefore = ["-", "−", "负", "约", "近", "超", "逾"];

    /// <summary>Words after a number and its unit that make it inexact (300 余人, 300 人左右).</summary>
    private static readonly string[] s_hedgesAfter = ["余", "多", "左右", "上下"];

    [GeneratedRegex(@"(?<![\d.])(?<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d])")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^(?<low>.*?\d[^~\-—至到]*?)\s*(?:~|-|—|–|至|到)\s*(?<high>\d.*)$")]
    private static partial Regex RangePattern();

    [GeneratedRegex(@"(?<=\d)\s*\.\s*(?=\d)")]
    private static partial Regex BrokenDecimal();

    /// <summary>Full-width forms folded (ＮＦＫＣ), numbers broken by spaces mended ("2456. 19" → "2456.19").</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = text.Normalize(NormalizationForm.FormKC).Replace('～', '~');
        return BrokenDecimal().Replace(folded, ".");
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
        return FindComparisons(normalized).Count == 0 && TryReadSingle(normalized, out quantity);
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
        if (RangePattern().Match(normalized) is { Success: true } range && NumberPattern().Count(normalized) == 2
            && TryReadSingle(range.Groups["low"].Value, out var low)
            && TryReadSingle(range.Groups["high"].Value, out var high)
            && FindComparisons(normalized).Count == 0 && low.Value <= high.Value)
        {
            var unit = low.Unit.Length == 0 ? high.Unit : low.Unit;
            target = new Target(Comparison.Between, low with { Unit = unit }, high with { Unit = high.Unit.Length == 0 ? unit : high.Unit });
            return true;
        }

        var comparisons = FindComparisons(normalized);
        if (comparisons.Count > 1 || !TryReadSingle(normalized, out var quantity))
        {
            return false;
        }

        target = new Target(comparisons.Count == 1 ? comparisons.Single() : Comparison.AtLeast, quantity, null);
        return true;
    }

    private static HashSet<Comparison> FindComparisons(string text)
    {
        var found = new HashSet<Comparison>();
        var rest = text;
        foreach (var (word, comparison) in s_comparisons)
        {
            if (rest.Contains(word, StringComparison.Ordinal))
            {
                found.Add(comparison);
                rest = rest.Replace(word, " ", StringComparison.Ordinal);
            }
        }

        return found;
    }

    /// <summary>
    /// The one number of <paramref name="text"/> with its unit; none when there are several, when a sign or a
    /// hedge (约, 余, 左右) stands beside it, or when it is beyond what an indicator value can be.
    /// </summary>
    private static bool TryReadSingle(string text, out Quantity quantity)
    {
        quantity = default;
        var matches = NumberPattern().Matches(text);
        if (matches.Count != 1
            || !decimal.TryParse(matches[0].Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            || value > MaxValue || value.Scale > MaxScale)
        {
            return false;
        }

        var before = text[..matches[0].Index].TrimEnd();
        var rest = text[(matches[0].Index + matches[0].Length)..].TrimStart();
        var unit = ReadUnit(rest);
        var after = rest[unit.Length..].TrimStart();
        if (s_signsAndHedgesBefore.Any(word => before.EndsWith(word, StringComparison.Ordinal))
            || s_hedgesAfter.Any(word => after.StartsWith(word, StringComparison.Ordinal)))
        {
            return false;
        }

        quantity = new Quantity(value, unit);
        return quantity.BaseValue <= MaxValue;
    }

    private static string ReadUnit(string after)
    {
        var prefix = after.Length > 0 && after[0] is '万' or '亿' ? after[..1] : "";
        var rest = after[prefix.Length..];
        foreach (var unit in s_units)
        {
            if (rest.StartsWith(unit, StringComparison.Ordinal))
            {
                return prefix + unit;
            }
        }

        return prefix;
    }
}
