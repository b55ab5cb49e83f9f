using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Jixiao.Domain.Numbers;

namespace Jixiao.Domain.Tests.Numbers;

public partial class NumberScannerTests
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
    public void Count_FindsTheNumbersAsPrinted(string text, int count, string first)
    {
        Assert.Equal(count, NumberScanner.Count(text, out var range));
        Assert.Equal(first, count == 0 ? "" : text[range]);
    }

    [Property(MaxTest = 2000)]
    public Property Count_AgreesWithThePattern() =>
        Prop.ForAll(
            Gen.ArrayOf(Gen.Elements("0", "1", "9", "12", "345", "6789", ",", ".", " ", "万", "%", "-", "a", "约")).Select(parts => string.Concat(parts)).ToArbitrary(),
            text =>
            {
                var matches = NumberPattern().Matches(text);
                var count = NumberScanner.Count(text, out var first);
                return count == matches.Count && (count == 0 || text[first] == matches[0].Value);
            });
}
