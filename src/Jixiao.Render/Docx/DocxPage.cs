namespace Jixiao.Render.Docx;

/// <summary>
/// How a Word document's pages are set: A4, margins in millimetres, the body's font and size, the line spacing.
/// <see cref="Official"/> is GB/T 9704 (党政机关公文格式); <see cref="Form"/> suits a table to fill.
/// </summary>
internal sealed record DocxPage(double TopMm, double BottomMm, double LeftMm, double RightMm, bool Landscape, string BodyFont, double BodyPoints, double? LinePoints)
{
    /// <summary>GB/T 9704: 天头 37 mm, 订口 28 mm, bottom 35 mm, right 26 mm; 仿宋 三号 (16 pt), a fixed 28-point line.</summary>
    public static DocxPage Official { get; } = new(37, 35, 28, 26, Landscape: false, DocxFonts.FangSong, 16, 28);

    /// <summary>A form: 20 mm margins, 宋体 五号 (10.5 pt), single spacing.</summary>
    public static DocxPage Form(bool landscape) => new(20, 20, 20, 20, landscape, DocxFonts.SongTi, 10.5, null);

    public const double A4WidthMm = 210;
    public const double A4HeightMm = 297;

    /// <summary>Twentieths of a point, Word's unit for sizes and distances.</summary>
    public static int Twips(double millimetres) => (int)Math.Round(millimetres * 1440 / 25.4);

    public double TextWidthMm => (Landscape ? A4HeightMm : A4WidthMm) - LeftMm - RightMm;
}
