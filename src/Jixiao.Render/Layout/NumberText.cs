using System.Globalization;
using Jixiao.Domain.Numbers;

namespace Jixiao.Render.Layout;

/// <summary>Numbers as the documents print them: the stored scale kept (16.6 stays 16.6), percentages with their sign.</summary>
internal static class NumberText
{
    public static string Show(decimal value, ValueFormat format) => format switch
    {
        ValueFormat.Percent => Number.Show(value) + "%",
        ValueFormat.Integer => value.ToString("0", CultureInfo.InvariantCulture),
        _ => Number.Show(value),
    };

    /// <summary>The decimals a workbook shows: the value's own scale, at least two (0.00), at most eight.</summary>
    public static int Decimals(decimal value, ValueFormat format) => format switch
    {
        ValueFormat.Integer or ValueFormat.Text => 0,
        _ => Math.Clamp((int)value.Scale, 2, 8),
    };
}
