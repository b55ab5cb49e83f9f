using System.Globalization;

namespace Jixiao.Domain.Numbers;

/// <summary>Formatting of numbers for people: invariant digits, the scale kept as stored.</summary>
public static class Number
{
    public static string Show(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Show(decimal? value) => value is { } v ? Show(v) : "—";

    /// <summary>A computed percentage with two decimals: "98.00%".</summary>
    public static string Percent(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture) + "%";
}
