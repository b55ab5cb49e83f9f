namespace Jixiao.Storage.Tests;

/// <summary>Amounts as integers of 10⁻⁸: every value the interchange JSON allows round-trips exactly, with its trailing zeros dropped.</summary>
public sealed class UnitsTests
{
    [Theory]
    [InlineData("0.1")]
    [InlineData("1863.95787")]
    [InlineData("12371.0452")]
    [InlineData("0.00000001")] // the finest scale the interchange JSON allows
    [InlineData("-85.5")] // an adjustment may be signed
    [InlineData("92233720368.54775807")] // the largest that fits
    public void ToUnitsThenBack_IsTheSameValue(string text)
    {
        var value = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(value, Units.FromUnits(Units.ToUnits(value)));
    }

    [Fact]
    public void FromUnits_DropsTrailingZeros()
    {
        Assert.Equal("16.6", Units.FromUnits(1_660_000_000L).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("92233720368.54775808")] // one unit past the largest
    [InlineData("0.000000001")] // finer than the scale
    public void Fits_ValueBeyondTheScale_IsFalse(string text)
    {
        Assert.False(Units.Fits(decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
