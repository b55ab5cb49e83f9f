using Jixiao.Domain.Model;
using Jixiao.Render.Layout;
using ScottPlot;

namespace Jixiao.Render.Charts;

/// <summary>
/// The charts, drawn with ScottPlot from printed values only: the budget (年初 / 全年 / 执行) by nature and by function
/// when printed, each part's score against its weight, and each indicator's completion (得分 over 分值). Chinese needs a
/// CJK font named explicitly, else Skia draws boxes; fontconfig finds it by family (the project's scripts install Noto
/// CJK and WenQuanYi). A chart is drawn when a writer asks for its PNG or SVG, not before.
/// </summary>
internal static class Charts
{
    /// <summary>Families tried in order; the first fontconfig knows is used.</summary>
    private static readonly string[] s_families = ["Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "SimHei"];

    private const int Width = 800;
    private const int Height = 420;

    /// <summary>At most this many indicators in the completion chart (the first ones, in the framework's order).</summary>
    private const int MaxIndicators = 40;

    /// <summary>Every chart the data allows, in the order a document shows them.</summary>
    public static IReadOnlyList<ImageBlock> All(Evaluation evaluation) =>
        [.. new[] { Budget(evaluation), Functions(evaluation), Parts(evaluation.Score), Completion(evaluation.Indicators) }.OfType<ImageBlock>()];

    /// <summary>The budget by nature when printed, else its totals: 年初预算数, 全年预算数, 全年执行数.</summary>
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
        return Columns(lines, "预算及执行情况", "预算及执行情况（万元）");
    }

    /// <summary>The budget by function (功能分类), when printed.</summary>
    public static ImageBlock? Functions(Evaluation evaluation)
    {
        var lines = evaluation.Budget?.ByFunction.Select(line => (line.Name, line.Initial, line.Adjusted, line.Actual)).ToList() ?? [];
        return lines.Count == 0 ? null : Columns(lines, "按功能分类的预算及执行情况", "按功能分类的预算及执行情况（万元）");
    }

    public static ImageBlock? Parts(Score? score)
    {
        if (score is null || score.Parts.Count == 0)
        {
            return null;
        }

        var parts = score.Parts.Keys.ToList();
        return Image(Width, Height, "各一级指标分值与得分", () =>
        {
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
            return plot;
        });
    }

    /// <summary>Each printed leaf's 得分 as a share of its 分值, as horizontal bars (the first <see cref="MaxIndicators"/>).</summary>
    public static ImageBlock? Completion(IReadOnlyList<Indicator> indicators)
    {
        var scored = indicators.Where(indicator => indicator is { Weight: > 0, Score: not null }).Take(MaxIndicators)
            .Select(indicator => (Name: Short(indicator.Name), Rate: (double)(indicator.Score!.Value / indicator.Weight!.Value * 100m))).ToList();
        if (scored.Count == 0)
        {
            return null;
        }

        var height = 140 + (26 * scored.Count);
        return Image(Width, height, "各三级指标完成情况（得分率）", () =>
        {
            var plot = NewPlot();
            // The first indicator on top: positions count down.
            var bars = plot.Add.Bars(scored.Select((indicator, i) => new Bar
            {
                Position = scored.Count - 1 - i,
                Value = indicator.Rate,
                FillColor = indicator.Rate >= 100 ? Colors.SeaGreen : Colors.Orange,
            }).ToList());
            bars.Horizontal = true;
            plot.Axes.Left.SetTicks([.. scored.Select((_, i) => (double)(scored.Count - 1 - i))], [.. scored.Select(indicator => indicator.Name)]);
            plot.Axes.Bottom.Label.Text = "得分率（%）";
            plot.Axes.SetLimitsX(0, Math.Max(100, scored.Max(indicator => indicator.Rate)) * 1.05);
            plot.Title("各三级指标得分率：满分（绿）、扣分（橙）");
            plot.Axes.Left.TickLabelStyle.OffsetY = 7;
            plot.Axes.Bottom.TickLabelStyle.OffsetY = 6;
            plot.Layout.Fixed(new PixelPadding(230, 40, 60, 50));
            return plot;
        });
    }

    private static ImageBlock? Columns(List<(string Name, decimal? Initial, decimal? Adjusted, decimal? Actual)> lines, string title, string description)
    {
        if (lines.All(line => line.Initial is null && line.Adjusted is null && line.Actual is null))
        {
            return null;
        }

        return Image(Width, Height, description, () =>
        {
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

            plot.Axes.Bottom.SetTicks([.. lines.Select((_, i) => (i * (series.Length + 1)) + 1.0)], [.. lines.Select(line => Short(line.Name))]);
            plot.Axes.Left.Label.Text = "万元";
            plot.Title($"{title}：年初预算数（蓝）、全年预算数（橙）、全年执行数（绿）");
            Finish(plot);
            return plot;
        });
    }

    /// <summary>A label short enough for an axis: at most 14 characters, the rest cut to an ellipsis.</summary>
    private static string Short(string name) => name.Length <= 14 ? name : name[..13] + "…";

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

    /// <summary>The plot drawn on an RGBA surface and written by <see cref="PngFile"/> (Skia's PNG encoder costs most of a chart's time).</summary>
    private static byte[] Png(Plot plot, int width, int height)
    {
        using var surface = SkiaSharp.SKSurface.Create(new SkiaSharp.SKImageInfo(width, height, SkiaSharp.SKColorType.Rgba8888, SkiaSharp.SKAlphaType.Premul));
        plot.Render(surface);
        using var pixels = surface.PeekPixels();
        return PngFile.Encode(pixels);
    }

    /// <summary>The chart, drawn as PNG or SVG when a writer first asks for it; 150 mm wide on the page.</summary>
    private static ImageBlock Image(int width, int height, string description, Func<Plot> draw) => new(
        () => Png(draw(), width, height),
        () => draw().GetSvgXml(width, height),
        150,
        150.0 * height / width,
        description);
}
