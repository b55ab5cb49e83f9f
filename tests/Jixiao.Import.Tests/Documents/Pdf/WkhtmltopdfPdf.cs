using System.Diagnostics;

namespace Jixiao.Import.Tests.Documents.Pdf;

/// <summary>
/// A PDF printed by wkhtmltopdf (Debian's, as scripts/system-packages.sh installs it) from a page of HTML: an older WebKit,
/// which centres a cell's lines in its row and sets a line of digits in another font's height, so that the lines of cells
/// side by side fall between each other's.
/// </summary>
internal static class WkhtmltopdfPdf
{
    public static byte[] Print(string html)
    {
        using var temp = new TempDir();
        var page = temp.Write("page.html", html);
        var pdf = temp.File("page.pdf");
        var start = new ProcessStartInfo("wkhtmltopdf") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in (string[])["-q", page, pdf])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("wkhtmltopdf did not print the page within 60 s");
        }

        return File.Exists(pdf) ? File.ReadAllBytes(pdf) : throw new InvalidOperationException("wkhtmltopdf printed no PDF: " + errors.Result + output.Result);
    }
}
