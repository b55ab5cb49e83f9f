using System.Diagnostics;
using Jixiao.Import.Documents.Excel;
using Jixiao.Import.Documents.Word;

namespace Jixiao.Import.Documents;

/// <summary>
/// Converts the formats we do not read ourselves (.doc, .xls, .wps, .et, .rtf) to .docx or .xlsx with LibreOffice
/// headless, then reads those. LibreOffice allows one running instance per user profile, so this process keeps
/// one profile of its own and converts one file at a time. It also prints rendered documents to PDF (<see cref="ToPdf"/>).
/// </summary>
public static class LibreOffice
{
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);
    private static readonly Lazy<string> Profile = new(CreateProfile);

    internal static LaidOutText Convert(byte[] bytes, string fileName, ExtractionOptions options, CancellationToken cancellation)
    {
        if (FormatSniffer.IsEncryptedOffice(bytes))
        {
            throw new DocumentProblem("文件设有打开密码（已加密），请去掉密码后再导入");
        }

        var soffice = Programs.Find("soffice", "libreoffice") ?? throw new DocumentProblem(
            $"读取 {Extension(fileName)} 文件需要 LibreOffice，本机未安装：请运行 scripts/system-packages.sh，或把文件另存为 .docx / .xlsx 后导入");
        var spreadsheet = FormatSniffer.IsSpreadsheet(bytes, fileName);
        var target = spreadsheet ? "xlsx" : "docx";
        var work = Directory.CreateTempSubdirectory("jixiao-convert-");
        try
        {
            var input = Path.Combine(work.FullName, "input" + (Path.HasExtension(fileName) ? Path.GetExtension(fileName) : spreadsheet ? ".xls" : ".doc"));
            File.WriteAllBytes(input, bytes);
            OneAtATime.Wait(cancellation);
            try
            {
                Run(soffice, input, target, work.FullName, options.Timeout);
            }
            finally
            {
                OneAtATime.Release();
            }

            var output = Path.ChangeExtension(input, target);
            if (!File.Exists(output))
            {
                throw new DocumentProblem($"LibreOffice 未能转换此文件：它可能已损坏、设有密码，或不是 {Extension(fileName)} 文件");
            }

            using var converted = File.OpenRead(output);
            return spreadsheet ? XlsxReader.Read(converted) : DocxReader.Read(converted);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>
    /// Prints a .docx or .xlsx to PDF, as a department's "export as PDF" does, with the fonts official documents name
    /// aliased to free CJK fonts (<see cref="FontAliases"/>). Returns the PDF, or the problem (no LibreOffice, a timeout,
    /// nothing written) in Chinese.
    /// </summary>
    public static (byte[]? Pdf, string? Problem) ToPdf(byte[] document, string extension, TimeSpan timeout)
    {
        if (Programs.Find("soffice", "libreoffice") is not { } soffice)
        {
            return (null, "生成 PDF 需要 LibreOffice，本机未安装：请运行 scripts/system-packages.sh");
        }

        var work = Directory.CreateTempSubdirectory("jixiao-pdf-");
        try
        {
            var input = Path.Combine(work.FullName, "document." + extension);
            File.WriteAllBytes(input, document);
            var fonts = Path.Combine(work.FullName, "fonts.conf");
            File.WriteAllText(fonts, FontAliases);
            OneAtATime.Wait();
            try
            {
                Run(soffice, input, "pdf", work.FullName, timeout, fonts);
            }
            finally
            {
                OneAtATime.Release();
            }

            var output = Path.ChangeExtension(input, "pdf");
            return File.Exists(output) ? (File.ReadAllBytes(output), null) : (null, "LibreOffice 未能生成 PDF");
        }
        catch (DocumentProblem problem)
        {
            return (null, problem.Message);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>
    /// Linux has none of the fonts government documents name: without these aliases fontconfig picks a Latin font and
    /// LibreOffice falls back glyph by glyph. Word's names and the older _GB2312 ones map to Noto CJK.
    /// </summary>
    private const string FontAliases = """
        <?xml version="1.0"?>
        <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
        <fontconfig>
          <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
          <alias binding="same"><family>仿宋</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
          <alias binding="same"><family>仿宋_GB2312</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
          <alias binding="same"><family>宋体</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
          <alias binding="same"><family>楷体</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
          <alias binding="same"><family>楷体_GB2312</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
          <alias binding="same"><family>方正小标宋简体</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
          <alias binding="same"><family>黑体</family><prefer><family>Noto Sans CJK SC</family></prefer></alias>
        </fontconfig>
        """;

    private static void Run(string soffice, string input, string target, string outDir, TimeSpan timeout, string? fontConfig = null)
    {
        var start = new ProcessStartInfo(soffice)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (fontConfig is not null)
        {
            start.Environment["FONTCONFIG_FILE"] = fontConfig;
        }

        foreach (var argument in (string[])[$"-env:UserInstallation=file://{Profile.Value}", "--headless", "--norestore", "--nolockcheck", "--convert-to", target, "--outdir", outDir, input])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new DocumentProblem("无法启动 LibreOffice");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new DocumentProblem($"LibreOffice 转换超过 {timeout.TotalSeconds:0} 秒，已放弃");
        }

        Task.WaitAll(output, error);
    }

    private static string Extension(string fileName) => Path.GetExtension(fileName) is { Length: > 0 } extension ? extension.ToLowerInvariant() : "此";

    /// <summary>
    /// This process's LibreOffice profile, removed when the process ends; profiles left by processes that were killed
    /// (a worker past its time limit) are removed by the next process that needs one.
    /// </summary>
    private static string CreateProfile()
    {
        const string prefix = "jixiao-lo-";
        foreach (var left in Directory.EnumerateDirectories(Path.GetTempPath(), prefix + "*"))
        {
            if (int.TryParse(Path.GetFileName(left).AsSpan(prefix.Length), out var pid) && pid != Environment.ProcessId && !Running(pid))
            {
                TryDelete(left);
            }
        }

        var profile = Path.Combine(Path.GetTempPath(), prefix + Environment.ProcessId);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDelete(profile);
        return profile;
    }

    /// <summary>Whether a process of this id is running now.</summary>
    internal static bool Running(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Another user's, or in use: left for later.
        }
    }
}
