using Jixiao.Domain.Numbers;

namespace Jixiao.Domain.Tests.Numbers;

public class QuantityParserTests
{
    [Theory]
    [InlineData("12次", "12", "次")]
    [InlineData("实际完成 12 次", "12", "次")]
    [InlineData("98.70%", "98.70", "%")] // the printed scale is kept
    [InlineData("９８．７０％", "98.70", "%")] // full-width digits and percent sign
    [InlineData("2456. 19 万元", "2456.19", "万元")] // a number broken by a space
    [InlineData("10,283.32万元", "10283.32", "万元")] // thousands separators
    [InlineData("66.55万人", "66.55", "万人")]
    [InlineData("3057人次", "3057", "人次")] // 人次 is not 人
    [InlineData("6000 册。", "6000", "册")]
    [InlineData("0起", "0", "起")]
    [InlineData("12", "12", "")]
    [InlineData("0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000005人", "5", "人")] // longer than the scanner's stack buffer
    public void TryParseQuantity_OneExactNumber_ReadsValueAndUnit(string text, string value, string unit)
    {
        Assert.True(QuantityParser.TryParseQuantity(text, out var quantity));
        Assert.Equal(value, Number.Show(quantity.Value));
        Assert.Equal(unit, quantity.Unit);
    }

    [Theory]
    [InlineData("")]
    [InlineData("下降")] // no number
    [InlineData("全年共发行 4期、6000册")] // two numbers: which one?
    [InlineData("约 300 人")] // hedged
    [InlineData("300余人")]
    [InlineData("30 人左右")]
    [InlineData("不少于 6000 册")] // a comparison is a target, not an actual
    [InlineData("2023年12月25日")] // a date
    [InlineData("-5%")] // a sign is not dropped: the value is left unread
    [InlineData("负 3 起")]
    [InlineData("30日内")] // a time limit is a bound, not a value
    [InlineData("0.000000001万元")] // finer than any printed amount
    [InlineData("99999999999999999999亿元")] // beyond any indicator value
    [InlineData("٣5人")] // an Arabic-Indic digit joins the number, which cannot be read: not 5
    [InlineData("5٣人")]
    public void TryParseQuantity_UncertainText_GivesNothing(string text)
    {
        Assert.False(QuantityParser.TryParseQuantity(text, out _));
    }

    [Theory]
    [InlineData("≥26次", Comparison.AtLeast, "26", null, "次")]
    [InlineData("不少于 6000 册", Comparison.AtLeast, "6000", null, "册")]
    [InlineData("65万人以上", Comparison.AtLeast, "65", null, "万人")]
    [InlineData("累计超过 170万人。", Comparison.AtLeast, "170", null, "万人")]
    [InlineData("10个", Comparison.AtLeast, "10", null, "个")] // a bare number: higher is better
    [InlineData("低于20%", Comparison.AtMost, "20", null, "%")]
    [InlineData("≤5%", Comparison.AtMost, "5", null, "%")]
    [InlineData("不超过 3 起", Comparison.AtMost, "3", null, "起")]
    [InlineData("30日内", Comparison.AtMost, "30", null, "日")] // a time limit: within 30 days
    [InlineData("2 个工作日内", Comparison.AtMost, "2", null, "个工作日")]
    [InlineData("24小时内", Comparison.AtMost, "24", null, "小时")]
    [InlineData("当日内办结率98%", Comparison.AtLeast, "98", null, "%")] // the time limit is not on the number
    [InlineData("三日内办结率不低于95%", Comparison.AtLeast, "95", null, "%")]
    [InlineData("=4期", Comparison.Exactly, "4", null, "期")]
    [InlineData("90%-95%", Comparison.Between, "90", "95", "%")]
    [InlineData("90～95%", Comparison.Between, "90", "95", "%")] // the unit printed once, after the range
    [InlineData("2至5个工作日", Comparison.Between, "2", "5", "个工作日")]
    public void TryParseTarget_CommonForms_ReadComparisonAndQuantity(string text, Comparison comparison, string low, string? high, string unit)
    {
        Assert.True(QuantityParser.TryParseTarget(text, out var target));
        Assert.Equal(comparison, target.Comparison);
        Assert.Equal(low, Number.Show(target.Low.Value));
        Assert.Equal(high, target.High is { } h ? Number.Show(h.Value) : null);
        Assert.Equal(unit, target.Low.Unit);
    }

    [Theory]
    [InlineData("通过项目初步验收")] // qualitative
    [InlineData("对 10个及以上镇街实施整治，达标率 85%以上")] // two numbers
    [InlineData("不少于 5 次且不超过 8 次")] // conflicting comparisons, two numbers
    [InlineData("约10次")] // a hedged target is no clear number
    [InlineData("-5%")]
    public void TryParseTarget_NotOneClearNumber_GivesNothing(string text)
    {
        Assert.False(QuantityParser.TryParseTarget(text, out _));
    }

    [Fact]
    public void Quantity_WanPrefix_ComparesWithBaseUnit()
    {
        Assert.True(QuantityParser.TryParseQuantity("66.55万人", out var wan));
        Assert.True(QuantityParser.TryParseQuantity("665500人", out var plain));

        Assert.Equal(plain.BaseValue, wan.BaseValue);
        Assert.True(wan.IsComparableWith(plain));
        Assert.False(wan.IsComparableWith(new Quantity(1m, "次")));
        Assert.False(new Quantity(0.95m, "").IsComparableWith(new Quantity(90m, "%"))); // 0.95 is not assumed to be 95%
        Assert.False(new Quantity(12m, "").IsComparableWith(new Quantity(10m, "万")));
    }
}
