namespace Jixiao.Render.Layout;

/// <summary>A picture (a chart): PNG bytes, its size in millimetres on the page and, for HTML, its SVG.</summary>
internal sealed record ImageBlock(byte[] Png, string? Svg, double WidthMm, double HeightMm, string Description) : Block;
