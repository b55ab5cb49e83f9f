using Jixiao.Import.Documents.Pdf;
using Jixiao.Import.Text;

namespace Jixiao.Import.Tests.Documents.Pdf;

/// <summary>
/// A PDF printed by headless Chromium (Debian's, as scripts/system-packages.sh installs it) from a page of HTML: tables
/// without rules unless the page draws them, each cell as wide as the browser lays it out, a header row repeated on each
/// page. The flags keep the browser off the network and its profile in a folder of its own.
/// </summary>
internal static class ChromiumPdf
{
    private const string Chromium = "/usr/bin/chromium";

    public static byte[] Print(string html) =>
        HtmlPrinter.Print(Chromium, html, (temp, page, pdf) => ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + temp.File("profile"), "--no-pdf-header-footer",
            "--print-to-pdf=" + pdf, "file://" + page]);

    /// <summary>A page of Chinese HTML: <paramref name="style"/> (a style element) and <paramref name="body"/>.</summary>
    public static string Page(string style, string body) =>
        "<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'>" + style + "</head><body>" + body + "</body></html>";

    /// <summary>The text the PDF reader lays out of a printed page, folded as the pipeline reads it.</summary>
    public static string Read(byte[] pdf) => Script.Fold(PdfReader.Read(pdf, new ExtractionOptions(), CancellationToken.None).Text);

    /// <summary>The lines of <see cref="Read"/>, blank ones left out.</summary>
    public static List<string> Lines(byte[] pdf) => [.. Read(pdf).Split('\n').Where(line => line.Length > 0)];
}
