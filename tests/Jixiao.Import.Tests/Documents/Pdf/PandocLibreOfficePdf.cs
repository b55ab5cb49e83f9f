using System.Diagnostics;
using Jixiao.Import.Documents;
using Jixiao.Import.Tests.Documents.Fixtures;

namespace Jixiao.Import.Tests.Documents.Pdf;

/// <summary>
/// A PDF LibreOffice prints of the docx pandoc writes from markdown (the corpus' lo-pandoc.pdf): tables without rules,
/// a pipe table's columns as wide as its dashes, so a column of two dashes is a character wide.
/// </summary>
internal static class PandocLibreOfficePdf
{
    public static byte[] Print(string markdown)
    {
        using var temp = new TempDir();
        var docx = temp.File("report.docx");
        var start = new ProcessStartInfo(Programs.Find("pandoc") ?? throw new InvalidOperationException("pandoc is not installed: run `bash scripts/system-packages.sh` as root"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["-f", "markdown", "-t", "docx", temp.Write("report.md", markdown), "-o", docx])
        {
            start.ArgumentList.Add(argument);
        }

        using (var pandoc = Process.Start(start)!)
        {
            var errors = pandoc.StandardError.ReadToEndAsync();
            if (!pandoc.WaitForExit(60_000) || pandoc.ExitCode != 0)
            {
                pandoc.Kill(entireProcessTree: true);
                throw new InvalidOperationException("pandoc wrote no docx: " + errors.Result);
            }
        }

        Soffice.Convert([docx], temp.Path, TimeSpan.FromMinutes(2));
        return File.ReadAllBytes(temp.File("report.pdf"));
    }
}
