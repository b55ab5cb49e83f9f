using System.Diagnostics;
using System.Globalization;

namespace Jixiao.Tests;

/// <summary>What poppler (pdfinfo's library and pdftotext) reads in a PDF: an independent witness for page and line numbers.</summary>
internal static class Poppler
{
    public static int PageCount(byte[] pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return document.NumberOfPages;
    }

    /// <summary>Where pdftotext -layout prints a text: the page, and the line counted from the page's top, blank lines left out (blanks in lines ignored).</summary>
    public static (int Page, int Line) PrintedAt(byte[] pdf, string text)
    {
        for (var page = 1; page <= PageCount(pdf); page++)
        {
            var number = page.ToString(CultureInfo.InvariantCulture);
            var lines = PdfToText(pdf, "-layout", "-f", number, "-l", number).Split('\n').Select(line => line.Replace(" ", "", StringComparison.Ordinal)).Where(line => line.Length > 0).ToList();
            var index = lines.FindIndex(line => line.Contains(text, StringComparison.Ordinal));
            if (index >= 0)
            {
                return (page, index + 1);
            }
        }

        throw new InvalidOperationException(text + " not printed");
    }

    /// <summary>The text pdftotext prints for <paramref name="pdf"/>, with its <paramref name="options"/> (-layout, -raw, -f N …).</summary>
    public static string PdfToText(byte[] pdf, params string[] options)
    {
        using var temp = new TempDir();
        var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in (string[])[.. options, temp.Write("file.pdf", pdf), "-"])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output;
    }

    /// <summary>
    /// <paramref name="pdf"/> drawn again by pdftocairo into a PDF of cairo's own: the same pages, with cairo's font
    /// subsets and text runs, and no space letters (cairo draws only what leaves ink).
    /// </summary>
    public static byte[] Rewrite(byte[] pdf)
    {
        using var temp = new TempDir();
        var output = temp.File("cairo.pdf");
        var start = new ProcessStartInfo("pdftocairo") { RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in (string[])["-pdf", temp.Write("file.pdf", pdf), output])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return File.Exists(output) ? File.ReadAllBytes(output) : throw new InvalidOperationException("pdftocairo wrote no PDF: " + errors);
    }
}
