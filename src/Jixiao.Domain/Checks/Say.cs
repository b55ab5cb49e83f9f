using Jixiao.Domain.Numbers;

namespace Jixiao.Domain.Checks;

/// <summary>How findings show numbers: as printed, with their unit.</summary>
internal static class Say
{
    public static string Amount(decimal amount) => $"{Number.Show(amount)} 万元";

    public static string Points(decimal points) => $"{Number.Show(points)} 分";

    /// <summary>A printed percentage, as printed: "99.49%".</summary>
    public static string Rate(decimal rate) => $"{Number.Show(rate)}%";

    /// <summary>A computed ratio, to two places: "103.23%".</summary>
    public static string Ratio(decimal part, decimal whole) => Number.Percent(Rounding.Round2(part * 100m / whole));

    /// <summary>"a + b + c", at most <paramref name="shown"/> terms and then "…".</summary>
    public static string Terms(IEnumerable<(string Name, decimal Value)> terms, int shown = 6)
    {
        var list = terms.ToList();
        var text = string.Join(" + ", list.Take(shown).Select(term => $"{term.Name} {Number.Show(term.Value)}"));
        return list.Count > shown ? text + $" + …（共 {list.Count} 项）" : text;
    }
}
