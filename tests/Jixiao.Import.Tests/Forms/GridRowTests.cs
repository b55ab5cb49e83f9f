using Jixiao.Import.Forms;
using Jixiao.Import.Text;

namespace Jixiao.Import.Tests.Forms;

/// <summary>A budget row's numbers given to the form's columns: in order when printed cell by cell, else only the one reading the arithmetic allows.</summary>
public sealed class GridRowTests
{
    private static readonly string[] s_columns = ["initial", "adjusted", "actual", "weight", "rate", "score"];

    [Theory]
    [InlineData("2456.182456.182456.1810100%10", "initial=2456.18 adjusted=2456.18 actual=2456.18 weight=10 rate=100% score=10")]
    [InlineData("43.2043.2037.241086%9", "initial=43.20 adjusted=43.20 actual=37.24 weight=10 rate=86% score=9")]
    public void Assign_RunOfDigits_SplitTheOneWayTheSumsAllow(string run, string expected)
    {
        var reading = GridRow.Assign(s_columns, [Cell(run)], headerWeight: null);

        Assert.Equal((1, expected), (reading.Ways, Show(reading)));
    }

    [Fact]
    public void Assign_CellsLost_PlacesTheNumbersWhereTheSumsConfirmThem()
    {
        // 年初 left empty and dropped: 387664.62 twice can only be 全年 and 执行, since 执行率 100% = 执行 ÷ 全年.
        var reading = GridRow.Assign(s_columns, [Cell("387664.62"), Cell("387664.62"), Cell("10"), Cell("100%"), Cell("10")], headerWeight: null);

        Assert.Equal("adjusted=387664.62 actual=387664.62 weight=10 rate=100% score=10", Show(reading));
    }

    [Fact]
    public void Assign_WeightInTheHeader_ConfirmsTheScore()
    {
        var reading = GridRow.Assign(["adjusted", "actual", "rate", "score"], [Cell("1010100%20")], headerWeight: 20);

        Assert.Equal("adjusted=10 actual=10 rate=100% score=20", Show(reading));
    }

    [Theory]
    [InlineData("123456")]
    [InlineData("43.243.237.241086%9")]
    public void Assign_RunNoSumSettles_LeftEmpty(string run)
    {
        // 123456: no rate or score to check, so 12 | 3456, 123 | 456 … all fit; 43.2 | 43.2 | 37.24: amounts of one row print alike.
        var reading = GridRow.Assign(run.Contains('%', StringComparison.Ordinal) ? s_columns : ["initial", "adjusted"], [Cell(run)], headerWeight: null);

        Assert.Empty(reading.Values);
    }

    [Fact]
    public void Assign_TwoReadingsFit_SaysHowMany()
    {
        // 10 | 1 | 10% (1 ÷ 10) and 101 | 1 | 0% (1 ÷ 101, cut to a whole percent) both agree with the sums.
        var reading = GridRow.Assign(["adjusted", "actual", "rate"], [Cell("10110%")], headerWeight: null);

        Assert.Empty(reading.Values);
        Assert.NotEqual(1, reading.Ways);
    }

    private static Token Cell(string text) => new(new SourceString(text, new int[text.Length]), text, TokenRole.Value);

    private static string Show(GridRow.Reading reading) =>
        string.Join(" ", reading.Values.OrderBy(pair => Array.IndexOf(s_columns, pair.Key)).Select(pair =>
            $"{pair.Key}={pair.Value.Number.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}{(pair.Value.Number.Percent ? "%" : "")}"));
}
