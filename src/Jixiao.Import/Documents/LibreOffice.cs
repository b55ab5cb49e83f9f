using System.Diagnostics;
using Jixiao.Import.Documents.Excel;
using Jixiao.Import.Documents.Word;

namespace Jixiao.Import.Documents;

/// <summary>
/// Converts the formats we do not read ourselves (.doc, .xls, .wps, .et, .rtf) to .docx or .xlsx with LibreOffice
/// headless, then reads those. LibreOffice allows one running instance per user profile, so this process keeps
/// one profile of its own and converts one file at a time.
/// </summary>
internal static class LibreOffice
{
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);
    private static readonly string Profile = Path.Combine(Path.GetTempPath(), $"jixiao-lo-{Environment.ProcessId}");

    public static LaidOutText Convert(byte[] bytes, string fileName, ExtractionOptions options, CancellationToken cancellation)
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

    private static void Run(string soffice, string input, string target, string outDir, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(soffice)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])[$"-env:UserInstallation=file://{Profile}", "--headless", "--norestore", "--nolockcheck", "--convert-to", target, "--outdir", outDir, input])
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
}
