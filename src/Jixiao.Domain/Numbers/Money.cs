namespace Jixiao.Domain.Numbers;

/// <summary>
/// Money as reports print it, in 万元, 元 or 亿元, and the one conversion to 万元 that Jixiao stores: exact decimal
/// arithmetic, no trailing places beyond the printed ones, range- and scale-checked. Every reader of amounts uses it,
/// and every pattern that names a money unit builds on <see cref="Units"/>.
/// </summary>
public static class Money
{
    /// <summary>The money units, as an alternation for patterns (longest first, so 万元 is not read as 元).</summary>
    public const string Units = "亿元|万元|元";

    /// <summary>The largest number Jixiao reads as an amount or a score (10¹² 万元): a larger one is no budget's, and would overflow sums.</summary>
    public const decimal Largest = 1_000_000_000_000m;

    /// <summary>The most decimals an amount keeps in 万元 (元 ÷ 10000 adds four to the printed ones).</summary>
    public const int MostDecimals = 8;

    public static bool IsUnit(string unit) => unit is "万元" or "元" or "亿元";

    /// <summary>
    /// A printed amount in 万元, exactly: 元 ÷ 10000, 亿元 × 10000 (without trailing zeros beyond the printed places), an
    /// unknown or empty unit as printed; null when the result passes <see cref="Largest"/> (either sign) or needs more than
    /// <see cref="MostDecimals"/> decimals, for such a number was misread.
    /// </summary>
    public static decimal? ToWan(decimal printed, string? unit)
    {
        if (Math.Abs(printed) > Largest)
        {
            return null;
        }

        var wan = unit switch
        {
            "元" => printed / 10000m,
            "亿元" => decimal.Round(printed * 10000m, Math.Max(0, printed.Scale - 4)),
            _ => printed,
        };
        return Math.Abs(wan) <= Largest && wan.Scale <= MostDecimals ? wan : null;
    }
}
