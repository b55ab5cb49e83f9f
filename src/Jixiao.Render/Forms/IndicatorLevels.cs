using Jixiao.Domain.Model;

namespace Jixiao.Render.Forms;

/// <summary>The heading names above a printed leaf, and how many leaves in a row share them (the rows a merged name covers).</summary>
internal static class IndicatorLevels
{
    /// <summary>The name at <paramref name="depth"/> above the leaf (0: 一级), or "" when the path is shorter.</summary>
    public static string Level(Indicator indicator, int depth) => indicator.Path.Count > depth + 1 ? indicator.Path[depth] : "";

    /// <summary>How many leaves from <paramref name="from"/> share its names down to <paramref name="depth"/>.</summary>
    public static int Run(IReadOnlyList<Indicator> indicators, int from, int depth)
    {
        var count = 1;
        while (from + count < indicators.Count && Enumerable.Range(0, depth + 1).All(level => Level(indicators[from + count], level) == Level(indicators[from], level)))
        {
            count++;
        }

        return count;
    }
}
