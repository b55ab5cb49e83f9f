using System.Diagnostics;
using Jixiao.Import.Documents;

namespace Jixiao.Import.Tests.Documents.Fixtures;

/// <summary>
/// Converts documents with LibreOffice: .docx printed to PDF as a department's "export as PDF" does, or saved as
/// .doc/.rtf/.odt. One soffice call for all of them (its start-up costs seconds), with a profile of its own so that
/// no other LibreOffice gets in the way.
/// </summary>
internal static class Soffice
{
    /// <summary>Linux has none of the fonts government papers name; without these aliases the Chinese would print in whatever font fontconfig picks.</summary>
    private const string FontAliases = """
        <?xml version="1.0"?>
        <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
        <fontconfig>
          <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
          <alias binding="same"><family>仿宋_GB2312</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
          <alias binding="same"><family>宋体</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
          <alias binding="same"><family>楷体_GB2312</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
          <alias binding="same"><family>方正小标宋简体</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
          <alias binding="same"><family>黑体</family><prefer><family>Noto Sans CJK SC</family></prefer></alias>
        </fontconfig>
        """;

    /// <summary>
    /// Converts <paramref name="documents"/> into <paramref name="outDir"/> (NAME.docx → NAME.pdf); throws naming any file not written.
    /// <paramref name="format"/> may name a filter ("docx:MS Word 2007 XML", which an .html input needs), <paramref name="extension"/> then the files' ending.
    /// </summary>
    public static void Convert(IReadOnlyList<string> documents, string outDir, TimeSpan timeout, string format = "pdf", string? extension = null)
    {
        extension ??= format;
        var soffice = Programs.Find("soffice") ?? throw new InvalidOperationException(
            "LibreOffice (soffice) is not installed: run `bash scripts/system-packages.sh` as root (scripts/test.sh does), then test again");
        var profile = Path.Combine(Path.GetTempPath(), "jixiao-test-lo-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(profile);
        File.WriteAllText(Path.Combine(profile, "fonts.conf"), FontAliases);
        var start = new ProcessStartInfo(soffice) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.Environment["FONTCONFIG_FILE"] = Path.Combine(profile, "fonts.conf");
        foreach (var argument in (string[])[$"-env:UserInstallation=file://{profile}", "--headless", "--norestore", "--nolockcheck", "--convert-to", format, "--outdir", outDir, .. documents])
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {soffice}");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"soffice did not convert {documents.Count} documents to {format} within {timeout}; killed");
            }

            var missing = documents.Select(document => Path.Combine(outDir, Path.GetFileNameWithoutExtension(document) + "." + extension)).Where(file => !File.Exists(file)).ToList();
            if (missing.Count > 0)
            {
                throw new InvalidOperationException(
                    $"soffice (exit {process.ExitCode}) wrote no {string.Join(", ", missing.Select(Path.GetFileName))}:\n{output.Result}\n{error.Result}");
            }
        }
        finally
        {
            if (Directory.Exists(profile))
            {
                Directory.Delete(profile, recursive: true);
            }
        }
    }
}
