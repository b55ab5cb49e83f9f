namespace Jixiao.Import.Tests.Documents.Pdf;

/// <summary>
/// A PDF printed by wkhtmltopdf (Debian's, as scripts/system-packages.sh installs it) from a page of HTML: an older WebKit,
/// which centres a cell's lines in its row and sets a line of digits in another font's height, so that the lines of cells
/// side by side fall between each other's.
/// </summary>
internal static class WkhtmltopdfPdf
{
    public static byte[] Print(string html) => HtmlPrinter.Print("wkhtmltopdf", html, (_, page, pdf) => ["-q", page, pdf]);
}
