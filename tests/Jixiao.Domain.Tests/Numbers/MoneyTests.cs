using Jixiao.Domain.Numbers;

namespace Jixiao.Domain.Tests.Numbers;

/// <summary>The one conversion of printed money to 万元: exact, the printed places kept, a misread number refused.</summary>
public sealed class MoneyTests
{
    [Theory]
    [InlineData("35678912.45", "元", "3567.891245")]
    [InlineData("1.2345", "亿元", "12345")]
    [InlineData("1.23456", "亿元", "12345.6")]
    [InlineData("2456.18", "万元", "2456.18")]
    [InlineData("16.6", "", "16.6")]
    [InlineData("-12.50", "万元", "-12.50")]
    public void ToWan_PrintedAmount_IsExactWithItsPlaces(string printed, string unit, string wan)
    {
        var result = Money.ToWan(decimal.Parse(printed, System.Globalization.CultureInfo.InvariantCulture), unit);

        Assert.Equal(wan, result?.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("99999999999999999999999999", "万元")]
    [InlineData("1000000000001", "")]
    [InlineData("0.00001", "元")]
    [InlineData("200000000", "亿元")]
    public void ToWan_NumberNoBudgetCouldHave_IsRefused(string printed, string unit) =>
        Assert.Null(Money.ToWan(decimal.Parse(printed, System.Globalization.CultureInfo.InvariantCulture), unit));
}
