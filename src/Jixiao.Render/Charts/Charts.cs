using Jixiao.Domain.Model;
using Jixiao.Render.Layout;
using ScottPlot;

namespace Jixiao.Render.Charts;

/// <summary>
/// The report's charts, drawn with ScottPlot from printed values only: the budget (年初 / 全年 / 执行, by nature when
/// printed) and each part's score against its weight. Chinese needs a CJK font named explicitly, else Skia draws boxes;
/// fontconfig finds it by family (the project's scripts install Noto CJK and WenQuanYi).
/// </summary>
internal static class Charts
{
    /// <summary>Families tried in order; the first fontconfig knows is used.</summary>
    private static readonly string[] s_families = ["Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "SimHei"];

    private const int Width = 800;
    private const int Height = 420;

    public static ImageBlock? Budget(Evaluation evaluation)
    {
        var budget = evaluation.Budget;
        if (budget is null)
        {
            return null;
        }

        var lines = budget.ByNature.Count > 0
            ? budget.ByNature.Select(line => (line.Name, line.Initial, line.Adjusted, line.Actual)).ToList()
            : [("合计", budget.Initial, budget.Adjusted, budget.Actual)];
        if (lines.All(line => line.Initial is null && line.Adjusted is null && line.Actual is null))
        {
            return null;
        }

        var plot = NewPlot();
        string[] series = ["年初预算数", "全年预算数", "全年执行数"];
        var colors = new[] { Colors.SteelBlue, Colors.Orange, Colors.SeaGreen };
        for (var s = 0; s < series.Length; s++)
        {
            var bars = lines.Select((line, i) => new Bar
            {
                Position = (i * (series.Length + 1)) + s,
                Value = (double)((s == 0 ? line.Initial : s == 1 ? line.Adjusted : line.Actual) ?? 0m),
                FillColor = colors[s],
            }).ToList();
            plot.Add.Bars(bars);
        }

        plot.Axes.Bottom.SetTicks([.. lines.Select((_, i) => (i * (series.Length + 1)) + 1.0)], [.. lines.Select(line => line.Name)]);
        plot.Axes.Left.Label.Text = "万元";
        plot.Title("预算及执行情况：年初预算数（蓝）、全年预算数（橙）、全年执行数（绿）");
        Finish(plot);
        return Image(plot, "预算及执行情况（万元）");
    }

    public static ImageBlock? Parts(Score? score)
    {
        if (score is null || score.Parts.Count == 0)
        {
            return null;
        }

        var parts = score.Parts.Keys.ToList();
        var plot = NewPlot();
        plot.Add.Bars(parts.Select((part, i) => new Bar
        {
            Position = i * 3,
            Value = (double)score.Weights.GetValueOrDefault(part),
            FillColor = Colors.LightGray,
        }).ToList());
        plot.Add.Bars(parts.Select((part, i) => new Bar { Position = (i * 3) + 1, Value = (double)score.Parts[part], FillColor = Colors.SteelBlue }).ToList());
        plot.Axes.Bottom.SetTicks([.. parts.Select((_, i) => (i * 3) + 0.5)], [.. parts]);
        plot.Axes.Left.Label.Text = "分";
        plot.Title("各一级指标分值（灰）与得分（蓝）");
        Finish(plot);
        return Image(plot, "各一级指标分值与得分");
    }

    /// <summary>Room for CJK tick labels and titles, whose glyphs stand taller than the Latin ones ScottPlot measures.</summary>
    private static void Finish(Plot plot)
    {
        // No legend: ScottPlot's legend clips the top of CJK glyphs, so the title names the colours instead.
        plot.Axes.Margins(bottom: 0);
        plot.Axes.Bottom.TickLabelStyle.OffsetY = 6;
        plot.Axes.Left.TickLabelStyle.OffsetY = 7;
        plot.Layout.Fixed(new PixelPadding(90, 40, 60, 50));
    }

    private static Plot NewPlot()
    {
        var plot = new Plot();
        plot.Font.Set(Family());
        return plot;
    }

    private static string Family() => s_family.Value;

    private static readonly Lazy<string> s_family = new(() =>
        s_families.FirstOrDefault(family => SkiaSharp.SKFontManager.Default.MatchFamily(family) is { } typeface && typeface.FamilyName == family) ?? s_families[0]);

    private static ImageBlock Image(Plot plot, string description)
    {
        var png = plot.GetImageBytes(Width, Height, ImageFormat.Png);
        var svg = plot.GetSvgXml(Width, Height);
        return new ImageBlock(png, svg, 150, 150.0 * Height / Width, description);
    }
}
