using Jixiao.Domain.Numbers;

namespace Jixiao.Domain.Tests.Numbers;

public class RoundingTests
{
    [Theory]
    [InlineData("0.125", "0.13")] // half away from zero, where banker's rounding gives 0.12
    [InlineData("2.675", "2.68")] // exact in decimal (a double would hold 2.67499…)
    [InlineData("0.135", "0.14")]
    [InlineData("-0.125", "-0.13")] // away from zero on the negative side too
    [InlineData("99.994", "99.99")]
    [InlineData("5", "5.00")] // always two decimals
    [InlineData("0", "0.00")]
    public void Round2_HalfAwayFromZero_KeepsTwoDecimals(string value, string expected)
    {
        var rounded = Rounding.Round2(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, Number.Show(rounded));
    }
}
