using Jixiao.Import.Documents;
using Jixiao.Import.Documents.Excel;
using Jixiao.Import.Documents.Pdf;
using Jixiao.Import.Documents.Word;
using Jixiao.Import.Workers;

namespace Jixiao.Import;

/// <summary>
/// Reads a report or self-evaluation table in any form departments hand in (text, HTML, .docx, .pdf, .xlsx,
/// and .doc/.xls/.wps/.et/.rtf through LibreOffice) into the interchange model. Every form is laid out as text
/// and goes through the same pipeline as <see cref="ReportExtractor"/>, with provenance told in the document's
/// own places (page and line, paragraph, table cell, sheet cell). Never throws on content: a file that cannot
/// be read gives a failed result whose problem says why.
/// </summary>
public static class DocumentImporter
{
    /// <summary>Reads the file at <paramref name="path"/> in this process (for files one trusts, such as one's own).</summary>
    public static ExtractionResult ImportFile(string path, ExtractionOptions options, CancellationToken cancellation = default)
    {
        var (bytes, failed) = ReadFile(path, options);
        return bytes is null ? failed! : Import(bytes, Path.GetFileName(path), options, cancellation);
    }

    /// <summary>Reads the file at <paramref name="path"/> as <see cref="ImportAsync"/> reads bytes: within the time limit, in one of <paramref name="workers"/> when given.</summary>
    public static async Task<ExtractionResult> ImportFileAsync(string path, ExtractionOptions options, WorkerPool? workers, CancellationToken cancellation = default)
    {
        var (bytes, failed) = ReadFile(path, options);
        return bytes is null ? failed! : await ImportAsync(bytes, Path.GetFileName(path), options, workers, cancellation).ConfigureAwait(false);
    }

    /// <summary>The file's bytes, or the failed result that says why there are none (missing, a folder, too large, unreadable).</summary>
    private static (byte[]? Bytes, ExtractionResult? Failed) ReadFile(string path, ExtractionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            return (null, ExtractionResult.Failed(Directory.Exists(path) ? "这是一个目录，请给出文件名（整个目录请用 jixiao import）" : "文件不存在"));
        }

        var limit = Math.Max(options.MaxFileBytes, options.MaxBytes);
        if (file.Length > limit)
        {
            return (null, ExtractionResult.Failed(Sizes.TooLarge(file.Length, limit)));
        }

        try
        {
            return (File.ReadAllBytes(path), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, ExtractionResult.Failed($"无法读取：{e.Message}"));
        }
    }

    /// <summary>
    /// Reads a document within <see cref="ExtractionOptions.Timeout"/>, in one of <paramref name="workers"/> when given,
    /// so that what .NET cannot catch (a stack overflow, memory past the limit) costs this document only. Past the time
    /// the reading is stopped (its worker killed) and the result says so.
    /// </summary>
    public static async Task<ExtractionResult> ImportAsync(byte[] bytes, string fileName, ExtractionOptions options, WorkerPool? workers, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var work = Task.Run(() => workers?.Import(bytes, fileName, options, timeout.Token) ?? Import(bytes, fileName, options, timeout.Token), CancellationToken.None);
        try
        {
            return await work.WaitAsync(options.Timeout, cancellation).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // The reader stops at its next page when told, a worker at once; nobody waits for it.
            await timeout.CancelAsync().ConfigureAwait(false);
            return ExtractionResult.Failed($"读取超过 {options.Timeout.TotalSeconds:0} 秒，已放弃");
        }
    }

    /// <summary>Reads a document given as bytes; <paramref name="fileName"/> only tells legacy formats apart.</summary>
    public static ExtractionResult Import(byte[] bytes, string fileName, ExtractionOptions options, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(options);
        if (bytes.Length == 0)
        {
            return ExtractionResult.Failed("文件为空") with { Kind = DocumentKind.Unknown };
        }

        var kind = FormatSniffer.Sniff(bytes);
        if (kind is DocumentKind.Text or DocumentKind.Html)
        {
            var text = ReportExtractor.Extract(bytes, options) with { Kind = kind };
            return text.Evaluation is null && Claimed(fileName) is { } claimed
                ? ExtractionResult.Failed($"不是有效的 {claimed} 文件（文件头不符），可能已损坏或扩展名有误") with { Kind = DocumentKind.Unknown }
                : text;
        }

        if (bytes.LongLength > options.MaxFileBytes)
        {
            return ExtractionResult.Failed(Sizes.TooLarge(bytes.LongLength, options.MaxFileBytes)) with { Kind = kind };
        }

        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            if (kind == DocumentKind.Docx)
            {
                kind = FormatSniffer.OfficePackage(stream, options.MaxExpandedBytes);
            }

            var laidOut = kind switch
            {
                DocumentKind.Docx => DocxReader.Read(stream),
                DocumentKind.Xlsx => XlsxReader.Read(stream),
                DocumentKind.Pdf => PdfReader.Read(bytes, options, cancellation),
                DocumentKind.Legacy => LibreOffice.Convert(bytes, fileName, options, cancellation),
                _ => throw new DocumentProblem("是 zip 压缩包，但不是 Word（.docx）或 Excel（.xlsx）文件"),
            };
            return ReportExtractor.Extract(laidOut, options) with { Kind = kind };
        }
        catch (DocumentProblem problem)
        {
            return ExtractionResult.Failed(problem.Message) with { Kind = kind };
        }
        catch (Exception e) when (e is InvalidDataException or IOException or FormatException or InvalidOperationException or ArgumentException
            or System.Xml.XmlException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or UglyToad.PdfPig.Core.PdfDocumentFormatException)
        {
            // The libraries' words are English and name their own internals; the user is told what to do instead.
            return ExtractionResult.Failed(e is System.Xml.XmlException && e.Message.Contains("DTD", StringComparison.Ordinal)
                ? $"文件中含有 DTD（文档类型定义），出于安全考虑不予读取；请用 Office 或 WPS 打开后另存为 {Name(kind)} 文件再导入"
                : $"文件已损坏，或不是有效的 {Name(kind)} 文件；请用 Office 或 WPS 打开检查，另存后再导入") with { Kind = kind };
        }
    }

    /// <summary>The format a file's extension claims, when it is one that is never plain text.</summary>
    private static string? Claimed(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".docx" or ".docm" or ".doc" or ".wps" => "Word",
        ".xlsx" or ".xlsm" or ".xls" or ".et" => "Excel",
        ".pdf" => "PDF",
        _ => null,
    };

    private static string Name(DocumentKind kind) => kind switch
    {
        DocumentKind.Docx => "Word",
        DocumentKind.Xlsx => "Excel",
        DocumentKind.Pdf => "PDF",
        _ => "Office",
    };
}
