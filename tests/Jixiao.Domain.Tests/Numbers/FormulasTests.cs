using Jixiao.Domain.Numbers;

namespace Jixiao.Domain.Tests.Numbers;

/// <summary>The worked examples of domain.md, computed from the seeds' printed amounts.</summary>
public class FormulasTests
{
    [Fact]
    public void AdjustmentRate_Seed001_Is17Point48()
    {
        Assert.Equal(17.48m, Formulas.AdjustmentRate(2902.64m, 2395.15m));
        Assert.Equal(-507.49m, Formulas.Adjustment(2902.64m, 2395.15m));
    }

    [Theory]
    [InlineData("2394.83", "2395.15", "99.99")] // seed 001
    [InlineData("10105.79", "10192.48", "99.15")] // seed 002
    [InlineData("1863.95787", "1805.58777", "103.23")] // seed 004: spending above the budget
    [InlineData("2456.19", "2468.78", "99.49")] // seed 000
    public void ExecutionRate_SeedFigures_MatchPrinted(string actual, string adjusted, string expected)
    {
        Assert.Equal(D(expected), Formulas.ExecutionRate(D(actual), D(adjusted)));
    }

    [Fact]
    public void ExpectedCarryover_Seed000_Is12Point59NotThePrinted12Point35()
    {
        Assert.Equal(12.59m, Formulas.ExpectedCarryover(2468.78m, 2456.19m));
    }

    [Fact]
    public void ScoreRate_Seed003_49Of50Is98()
    {
        Assert.Equal(98.00m, Formulas.ScoreRate(49m, 50m));
    }

    [Fact]
    public void Formulas_MissingInputOrZeroDenominator_GiveNull()
    {
        Assert.Null(Formulas.ExecutionRate(100m, null));
        Assert.Null(Formulas.ExecutionRate(100m, 0m));
        Assert.Null(Formulas.AdjustmentRate(null, 5m));
        Assert.Null(Formulas.Share(null, 5m));
    }

    private static decimal D(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
