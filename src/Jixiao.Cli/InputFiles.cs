using System.Text;
using Jixiao.Domain.Checks;
using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Interchange;
using Jixiao.Domain.Model;

namespace Jixiao.Cli;

/// <summary>Reads the files the commands take, turning every problem into one line that names the file and the place.</summary>
internal static class InputFiles
{
    /// <summary>An evaluation file larger than this is not an evaluation.</summary>
    private const long MaxEvaluationBytes = 20L * 1024 * 1024;

    /// <summary>UTF-8 that refuses invalid bytes, so a GBK or binary file is named as such instead of read as mojibake.</summary>
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static (Evaluation? Evaluation, IReadOnlyList<string> Problems) ReadEvaluation(string path)
    {
        var (text, problem) = ReadText(path);
        if (text is null)
        {
            return (null, [problem!]);
        }

        var result = InterchangeJson.Read(text);
        return (result.Value, result.Errors.Select(error => error.ToString()).ToList());
    }

    /// <summary>Jixiao's default review rules, with a bureau's rules file laid over them when one is given.</summary>
    public static (CheckRules? Rules, IReadOnlyList<string> Problems) ReadRules(string? path)
    {
        if (path is null)
        {
            return (CheckRules.BuiltIn, []);
        }

        var (text, problem) = ReadText(path);
        if (text is null)
        {
            return (null, [problem!]);
        }

        var result = CheckRules.Parse(text);
        return (result.Value, result.Errors.Select(error => error.ToString()).ToList());
    }

    /// <summary>The built-in frameworks plus every *.json in <paramref name="directory"/>, which replace built-ins of the same id.</summary>
    public static (FrameworkCatalog Catalog, IReadOnlyList<string> Problems) LoadCatalog(DirectoryInfo? directory)
    {
        var catalog = FrameworkCatalog.BuiltIn;
        if (directory is null)
        {
            return (catalog, []);
        }

        if (!directory.Exists)
        {
            return (catalog, [$"{directory.FullName}: 目录不存在"]);
        }

        var problems = new List<string>();
        foreach (var file in directory.EnumerateFiles("*.json").OrderBy(file => file.Name, StringComparer.Ordinal))
        {
            var (text, problem) = ReadText(file.FullName);
            var result = text is null ? null : FrameworkCatalog.Parse(text);
            if (result?.Value is { } framework)
            {
                catalog = catalog.With(framework);
            }
            else
            {
                problems.AddRange(problem is not null ? [$"{file.FullName}: {problem}"]
                    : result!.Errors.Select(error => $"{file.FullName}: {error}"));
            }
        }

        return (catalog, problems);
    }

    /// <summary>
    /// Writes through a temporary file, so that a failure never leaves half a file behind; returns the problem
    /// (a missing folder, a directory in the way, no permission) instead of throwing.
    /// </summary>
    public static string? WriteAtomically(string path, string text) =>
        WriteAtomically(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text));

    /// <summary>The same for bytes (a workbook, a Word document, a PDF).</summary>
    public static string? WriteAtomically(string path, byte[] bytes)
    {
        var full = Path.GetFullPath(path);
        var temporary = full + ".tmp-" + Environment.ProcessId;
        try
        {
            if (Directory.Exists(full))
            {
                return "这是一个目录，请给出文件名";
            }

            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, full, overwrite: true);
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }

            return exception is DirectoryNotFoundException ? "所在目录不存在" : $"无法写入（{exception.Message}）";
        }
    }

    private static (string? Text, string? Problem) ReadText(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return (null, "文件不存在");
            }

            if (info.Length > MaxEvaluationBytes)
            {
                return (null, $"文件过大（{info.Length / 1024 / 1024} MB），交换格式文件不超过 {MaxEvaluationBytes / 1024 / 1024} MB");
            }

            var text = File.ReadAllText(path, s_strictUtf8);
            return string.IsNullOrWhiteSpace(text) ? (null, "文件为空") : (text, null);
        }
        catch (DecoderFallbackException)
        {
            return (null, "不是 UTF-8 编码的文本（交换格式和指标体系文件须为 UTF-8 JSON）");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return (null, $"无法读取（{exception.Message}）");
        }
    }

    /// <summary>A stream's bytes (standard input), refused when empty, reading at most one byte past the limit to tell that it was passed.</summary>
    public static (byte[]? Bytes, string? Problem) ReadAll(Stream input, int maxBytes)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = input.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                return (null, $"输入过大，文本导入上限为 {maxBytes / 1048576} MB");
            }
        }

        return buffer.Length == 0 ? (null, "输入为空") : (buffer.ToArray(), null);
    }
}
