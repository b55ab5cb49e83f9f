using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Jixiao.Domain.Numbers;

namespace Jixiao.Domain.Tests.Numbers;

/// <summary>
/// The number reading's fast paths (<see cref="NumberScanner"/>, the full-width fold, the comparison words) held to the
/// plain forms they replaced, which stay here as their specification: a regex, NFKC, and blanking out each word in turn.
/// </summary>
public partial class FastPathSpecificationTests
{
    /// <summary>The pattern the scanner replaces, kept here as its specification.</summary>
    [GeneratedRegex(@"(?<![\d.])(?<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d])")]
    private static partial Regex NumberPattern();

    [Theory]
    [InlineData("10,283.32 万元", 1, "10,283.32")]
    [InlineData("1,2345", 2, "1")]
    [InlineData("1,234,5678", 2, "1,234")]
    [InlineData("12.5.3", 1, "12.5")]
    [InlineData("第 3 季度 95%", 2, "3")]
    [InlineData("无", 0, "")]
    [InlineData("12.", 1, "12")]
    [InlineData("٣5", 1, "٣5")] // any decimal digit, as \d has it
    public void Count_FindsTheNumbersAsPrinted(string text, int count, string first)
    {
        Assert.Equal(count, NumberScanner.Count(text, out var range));
        Assert.Equal(first, count == 0 ? "" : text[range]);
    }

    [Property(MaxTest = 2000)]
    public Property Count_AgreesWithThePattern() =>
        Prop.ForAll(
            Gen.ArrayOf(Gen.Elements("0", "1", "9", "12", "345", "6789", ",", ".", " ", "万", "%", "-", "a", "约", "٣")).Select(parts => string.Concat(parts)).ToArbitrary(),
            text =>
            {
                var matches = NumberPattern().Matches(text);
                var count = NumberScanner.Count(text, out var first);
                return count == matches.Count && (count == 0 || text[first] == matches[0].Value);
            });

    /// <summary>The words as the parser had them, each found anywhere and blanked out in turn: the specification of FindComparisons.</summary>
    private static readonly (string Word, Comparison Comparison)[] s_words =
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

    [Property(MaxTest = 3000)]
    public Property FindComparisons_AgreesWithBlankingOutEachWordInTurn() =>
        Prop.ForAll(
            Gen.ArrayOf(Gen.OneOf(Gen.Elements(s_words.Select(word => word.Word).ToArray()), Gen.Elements("不", "于", "等", "以", "上", "内", "小", "时", "5", "件", " ", "="))).Select(parts => string.Concat(parts)).ToArbitrary(),
            text =>
            {
                var expected = 0;
                var rest = text;
                foreach (var (word, comparison) in s_words)
                {
                    if (rest.Contains(word, StringComparison.Ordinal))
                    {
                        expected |= 1 << (int)comparison;
                        rest = rest.Replace(word, " ", StringComparison.Ordinal);
                    }
                }

                return (QuantityParser.FindComparisons(text) == expected).Label(text);
            });

    [GeneratedRegex(@"(?<=\d)\s*\.\s*(?=\d)")]
    private static partial Regex BrokenDecimal();

    [Property(MaxTest = 3000)]
    public Property Normalize_AgreesWithNfkc() =>
        Prop.ForAll(
            Gen.ArrayOf(Gen.Elements("９", "8", "．", ".", " ", "\u3000", "％", "%", "，", "（", "～", "≥", "≤", "、", "“", "件", "万", "…", "①", "Ⅱ", "㎡", "—", "·")).Select(parts => string.Concat(parts)).ToArbitrary(),
            text =>
            {
                var expected = BrokenDecimal().Replace(text.Normalize(System.Text.NormalizationForm.FormKC).Replace('～', '~'), ".");
                return (QuantityParser.Normalize(text) == expected).Label(text);
            });
}
