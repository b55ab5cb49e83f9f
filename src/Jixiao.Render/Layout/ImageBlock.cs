namespace Jixiao.Render.Layout;

/// <summary>
/// A picture (a chart): its PNG and, for HTML, its SVG, each drawn only when a writer asks for it (a chart costs tens of
/// milliseconds a format); its size in millimetres on the page.
/// </summary>
internal sealed record ImageBlock : Block
{
    private readonly Lazy<byte[]> _png;
    private readonly Lazy<string>? _svg;

    public ImageBlock(Func<byte[]> png, Func<string>? svg, double widthMm, double heightMm, string description)
    {
        _png = new Lazy<byte[]>(png);
        _svg = svg is null ? null : new Lazy<string>(svg);
        WidthMm = widthMm;
        HeightMm = heightMm;
        Description = description;
    }

    public byte[] Png => _png.Value;

    public string? Svg => _svg?.Value;

    public double WidthMm { get; }

    public double HeightMm { get; }

    public string Description { get; }
}
