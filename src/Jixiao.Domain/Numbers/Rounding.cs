namespace Jixiao.Domain.Numbers;

/// <summary>The one place where Jixiao rounds: half away from zero (四舍五入), as Chinese finance does.</summary>
public static class Rounding
{
    /// <summary>Rounds to 2 decimals, half away from zero; the result always has scale 2 (5 → 5.00).</summary>
    public static decimal Round2(decimal value) =>
        decimal.Round(value, 2, MidpointRounding.AwayFromZero) + 0.00m;
}
