namespace Jixiao.Domain.Numbers;

/// <summary>The one place where Jixiao rounds: half away from zero (四舍五入), as Chinese finance does.</summary>
public static class Rounding
{
    /// <summary>Rounds to 2 decimals, half away from zero; the result always has scale 2 (5 → 5.00).</summary>
    public static decimal Round2(decimal value) =>
        decimal.Round(value, 2, MidpointRounding.AwayFromZero) + 0.00m;

    /// <summary>Rounds to <paramref name="places"/> decimals (0 to 28), half away from zero, as a printed format shows a value.</summary>
    public static decimal Round(decimal value, int places) => decimal.Round(value, places, MidpointRounding.AwayFromZero);
}
