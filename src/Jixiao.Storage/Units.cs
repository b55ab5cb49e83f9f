namespace Jixiao.Storage;

/// <summary>
/// Amounts (万元), rates (%) and scores (points) in the database: integers counting 10⁻⁸ of the unit, the finest
/// scale the interchange JSON allows (8 decimals). SQLite keeps a decimal as text, which SQL sorts and sums
/// wrongly; an integer compares, sorts and sums exactly on SQLite and PostgreSQL alike. The range is
/// ±92,233,720,368 (about 9.2 × 10¹⁰ 万元, far beyond any budget); a value outside it is refused when saved.
/// </summary>
internal static class Units
{
    public const long PerUnit = 100_000_000;

    public const decimal Max = long.MaxValue / (decimal)PerUnit;

    public static bool Fits(decimal value) => Math.Abs(value) <= Max && decimal.Round(value, 8) == value;

    /// <summary>The scaled integer of a value that <see cref="Fits"/>.</summary>
    public static long ToUnits(decimal value) =>
        Fits(value) ? (long)(value * PerUnit) : throw new ArgumentOutOfRangeException(nameof(value), value, "Beyond the stored scale.");

    public static long? ToUnits(decimal? value) => value is { } v ? ToUnits(v) : null;

    /// <summary>The value back, without trailing zeros (1660000000 → 16.6).</summary>
    public static decimal FromUnits(long units) => (units / (decimal)PerUnit) / 1.000000000000000000000000000000000m;

    public static decimal? FromUnits(long? units) => units is { } u ? FromUnits(u) : null;
}
