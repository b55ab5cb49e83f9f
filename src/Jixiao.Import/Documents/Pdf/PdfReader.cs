using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace Jixiao.Import.Documents.Pdf;

/// <summary>
/// Reads a PDF's text layer into laid-out text with PdfPig: each page's letters into lines (by baseline, left to
/// right), ruled tables rebuilt from their rules as HTML rows, paragraphs joined over wrapped lines, running heads,
/// feet and page numbers left out. A place is a page and its line (and the cell of a rebuilt table).
/// A PDF with a user password, a scan without text, a text layer that is no text, or more pages than allowed is a
/// <see cref="DocumentProblem"/>; so is a file PdfPig cannot parse, with what broke.
/// </summary>
internal static class PdfReader
{
    private static readonly ParsingOptions Options = new() { ClipPaths = false, UseLenientParsing = true, SkipMissingFonts = true };

    public static LaidOutText Read(byte[] pdf, ExtractionOptions options, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        ArgumentNullException.ThrowIfNull(options);
        PdfBounds.CheckSyntax(pdf);
        using var document = Guard("打开文件时", () => PdfDocument.Open(pdf, Options));
        var count = Guard("读取页数时", () => document.NumberOfPages);
        if (count > options.MaxPages)
        {
            throw new DocumentProblem($"PDF 共 {count} 页，超过上限 {options.MaxPages} 页，未读取");
        }

        var bounds = Guard("检查文件结构时", () => PdfBounds.Check(document, count));
        Guard("读取字体时", () => FontPrograms.SkipUnneeded(document, count, bounds.Weights));
        var census = new LetterCensus();
        var pages = new List<PageText>(count);
        var imageOnly = new List<int>();
        var hasImages = false;
        RuledTable? carried = null;
        for (var number = 1; number <= count; number++)
        {
            cancellation.ThrowIfCancellationRequested();
            var (text, images) = Guard($"读取第 {number} 页时", () =>
            {
                var page = document.GetPage(number);
                return (PageReader.Read(page, census, carried), page.NumberOfImages > 0);
            });
            carried = UnruledTables.Last(text);
            hasImages |= images;
            if (!text.HasText && images)
            {
                imageOnly.Add(number);
            }

            pages.Add(text);
        }

        TextLayer.Check(census, count, imageOnly, hasImages);
        PageFurniture.Mark(pages);
        return LayoutWriter.Write(pages);
    }

    /// <summary>
    /// Runs a step of PdfPig, turning its failures into a problem that says where reading broke. PdfPig throws many
    /// kinds on a broken file (its own format exceptions, but also InvalidOperationException, ArgumentException,
    /// IndexOutOfRangeException, NullReferenceException, plain Exception): all are a broken file here.
    /// </summary>
    private static T Guard<T>(string step, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new DocumentProblem("PDF 设有打开密码（已加密），请去掉密码后再导入");
        }
        catch (Exception e) when (e is not (DocumentProblem or OperationCanceledException or OutOfMemoryException))
        {
            // The library's own words are English and name its internals: the reader is told what failed, in Chinese.
            throw new DocumentProblem($"PDF 文件已损坏，{step}出错，无法读取（请用原软件重新导出 PDF，或改交 Word 文件）");
        }
    }
}
