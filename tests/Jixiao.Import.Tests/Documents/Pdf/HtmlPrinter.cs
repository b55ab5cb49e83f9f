using System.Diagnostics;

namespace Jixiao.Import.Tests.Documents.Pdf;

/// <summary>A program that prints a page of HTML to a PDF (Chromium, wkhtmltopdf), run on a page written to a folder of its own.</summary>
internal static class HtmlPrinter
{
    /// <summary>The look of pandoc's standalone HTML, as the produced documents are printed: lines 1.5 letters high, a column 36 letters wide, cells padded.</summary>
    public const string PandocStyle = "<style>" + PandocPage + " table{border-collapse:collapse;width:100%}" + PandocCells + "</style>";

    /// <summary><see cref="PandocStyle"/> with pandoc's table shown as a block: as narrow as its cells.</summary>
    public const string PandocBlockTableStyle = "<style>" + PandocPage + " table{border-collapse:collapse;width:100%;overflow-x:auto;display:block}" + PandocCells + "</style>";

    private const string PandocPage = "html{line-height:1.5} body{margin:0 auto;max-width:36em;padding:50px;font-size:12pt}";

    private const string PandocCells = " td{padding:0.125em 0.5em 0.25em}";

    /// <summary>The PDF <paramref name="program"/> prints of <paramref name="html"/>, given (folder, page, pdf) to make its arguments.</summary>
    public static byte[] Print(string program, string html, Func<TempDir, string, string, IEnumerable<string>> arguments)
    {
        using var temp = new TempDir();
        var page = temp.Write("page.html", html);
        var pdf = temp.File("page.pdf");
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments(temp, page, pdf))
        {
            start.ArgumentList.Add(argument);
        }

        var name = Path.GetFileName(program);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(name + " did not print the page within 60 s");
        }

        return File.Exists(pdf) ? File.ReadAllBytes(pdf) : throw new InvalidOperationException(name + " printed no PDF: " + errors.Result + output.Result);
    }
}
