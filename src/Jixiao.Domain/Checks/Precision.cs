namespace Jixiao.Domain.Checks;

/// <summary>
/// How far apart printed numbers may be before a reviewer cares: every printed amount may be off by half a unit
/// of its last printed place (2456.19 by 0.005), so a sum of n parts may miss its printed total by the parts'
/// and the total's half-units together. Zero is exact, and so is a whole number of points (scores are given, not measured).
/// </summary>
internal static class Precision
{
    private static readonly decimal[] s_halfUnits = Enumerable.Range(0, 29).Select(scale => 0.5m / Pow10(scale)).ToArray();

    /// <summary>Half a unit of the last printed place of an amount: 0.005 for 2456.19, 0.5 for 115.</summary>
    public static decimal HalfUnit(decimal amount) => amount == 0 ? 0m : s_halfUnits[amount.Scale];

    /// <summary>Half a unit of the given decimal place: 0.005 for 2.</summary>
    public static decimal HalfUnitAt(int scale) => s_halfUnits[scale];

    /// <summary>Like <see cref="HalfUnit"/>, but a whole number of points is exact.</summary>
    public static decimal HalfUnitOfPoints(decimal points) => points.Scale == 0 ? 0m : HalfUnit(points);

    /// <summary>
    /// Whether a printed percentage could be <c>part / whole × 100</c>, rounded or truncated to its printed places,
    /// when part and whole may each be off by the given errors.
    /// </summary>
    public static bool RateAgrees(decimal printed, decimal part, decimal partError, decimal whole, decimal wholeError)
    {
        var exact = part * 100m / whole;
        var error = 100m * ((partError / Math.Abs(whole)) + (Math.Abs(part) * wholeError / (whole * whole)));
        return Agrees(printed, exact - error, exact + error);
    }

    /// <summary>Whether rounding or truncating some value in [low, high] to the printed places gives <paramref name="printed"/>.</summary>
    public static bool Agrees(decimal printed, decimal low, decimal high)
    {
        var places = printed.Scale;
        return Math.Round(low, places, MidpointRounding.ToZero) <= printed && printed <= Math.Round(high, places, MidpointRounding.AwayFromZero);
    }

    private static decimal Pow10(int scale)
    {
        var result = 1m;
        for (var i = 0; i < scale; i++)
        {
            result *= 10m;
        }

        return result;
    }
}
