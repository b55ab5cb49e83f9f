using System.Globalization;

namespace Jixiao.Domain.Numbers;

/// <summary>Formatting of numbers for people: invariant digits, the scale kept as stored.</summary>
public static class Number
{
    public static string Show(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Show(decimal? value) => value is { } v ? Show(v) : "—";

    /// <summary>A computed sum without the trailing zeros its parts' scales left (0.5 + 1.5 shows as 2, not 2.0).</summary>
    public static string ShowSum(decimal value) => Show(value / 1.0000000000000000000000000000m);

    /// <summary>A computed percentage with two decimals: "98.00%".</summary>
    public static string Percent(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture) + "%";
}
