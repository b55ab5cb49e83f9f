using System.Diagnostics;
using Jixiao.Import.Documents;
using Jixiao.Render.Docx;
using Jixiao.Render.Layout;
using SkiaSharp;

namespace Jixiao.Render.Tests;

/// <summary>
/// The printed page shows Chinese glyphs, not boxes. Lines in the report's styles (title 小标宋, heading 黑体, body 仿宋,
/// as the 自评报告 names them) are printed by LibreOffice and rasterized by pdftoppm; the same lines in Yi syllables
/// (U+A000…, which no installed font has) are the reference of what boxes (tofu) look like. Two different Yi lines give
/// the same picture, which proves the reference is tofu; the Chinese lines must give another one.
/// </summary>
public sealed class GlyphTests
{
    private const string Chinese = "部门整体支出绩效自评报告";

    [Fact]
    public void Pdf_ReportStyles_ShowChineseGlyphsNotTofu()
    {
        var tofu = Page(Yi(0));
        var otherTofu = Page(Yi(Chinese.Length));
        var chinese = Page(Chinese);

        Assert.True(tofu.Ink > 500, $"the tofu reference printed {tofu.Ink} dark pixels");
        Assert.True(Differing(tofu, otherTofu) < 0.01, $"two lines of missing glyphs differ by {Differing(tofu, otherTofu):P1}: the reference is no tofu");
        Assert.True(Differing(tofu, chinese) > 0.3, $"Chinese text differs from tofu by {Differing(tofu, chinese):P1} only: its glyphs are boxes");
    }

    /// <summary>Twelve Yi syllables from <paramref name="from"/> on: characters no font of the machine draws.</summary>
    private static string Yi(int from) => new([.. Enumerable.Range(0xA000 + from, Chinese.Length).Select(code => (char)code)]);

    /// <summary>The text as title, heading and body of an official-style document, printed and rasterized (first page, grey, 50 dpi).</summary>
    private static Raster Page(string text)
    {
        using var docx = new MemoryStream();
        DocxWriter.Write([new TitleBlock(text), new HeadingBlock(1, text), new ParagraphBlock(text)], DocxPage.Official, "glyphs", docx, Inputs.Clock.GetUtcNow());
        var (pdf, problem) = LibreOffice.ToPdf(docx.ToArray(), "docx", TimeSpan.FromMinutes(2));
        Assert.True(pdf is not null, problem);
        using var folder = new TempDir();
        var pdfFile = folder.Write("page.pdf", pdf!);
        var start = new ProcessStartInfo("pdftoppm") { ArgumentList = { "-r", "50", "-gray", "-png", "-f", "1", "-l", "1", "-singlefile", pdfFile, folder.File("page") } };
        using (var process = Process.Start(start)!)
        {
            Assert.True(process.WaitForExit(60_000) && process.ExitCode == 0, "pdftoppm failed");
        }

        using var bitmap = SKBitmap.Decode(folder.File("page.png"));
        var dark = new bool[bitmap.Width * bitmap.Height];
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                var pixel = bitmap.GetPixel(x, y);
                dark[(y * bitmap.Width) + x] = (pixel.Red + pixel.Green + pixel.Blue) / 3 < 128;
            }
        }

        return new Raster(bitmap.Width, dark);
    }

    /// <summary>The share of dark pixels, in either picture, that the other does not have at the same place.</summary>
    private static double Differing(Raster a, Raster b)
    {
        Assert.Equal(a.Dark.Length, b.Dark.Length);
        var either = 0;
        var one = 0;
        for (var i = 0; i < a.Dark.Length; i++)
        {
            either += a.Dark[i] || b.Dark[i] ? 1 : 0;
            one += a.Dark[i] != b.Dark[i] ? 1 : 0;
        }

        return either == 0 ? 0 : (double)one / either;
    }

    private sealed record Raster(int Width, bool[] Dark)
    {
        public int Ink => Dark.Count(dark => dark);
    }
}
