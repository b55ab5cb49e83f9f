namespace Jixiao.Import.Documents.Pdf;

/// <summary>
/// Whether a document's text layer can be read. No letters at all: a scan (or text drawn as shapes), which needs OCR.
/// Letters that are mostly no text: fonts without a map to Unicode. More than half of the pages only images: a scan with
/// a few typed pages; the text of fewer image-only pages (a scanned, stamped signature page) is simply not there.
/// </summary>
internal static class TextLayer
{
    public static void Check(LetterCensus census, int pageCount, IReadOnlyList<int> imageOnlyPages, bool hasImages)
    {
        if (census.Readable == 0 && census.Unreadable == 0)
        {
            throw new DocumentProblem(hasImages
                ? $"此 PDF 共 {pageCount} 页，没有文字层（可能是扫描件），需要先做文字识别（OCR）再导入"
                : $"此 PDF 共 {pageCount} 页，没有可读取的文字（文字可能是以图形绘制的），需要先做文字识别（OCR）再导入");
        }

        if (census.Unreadable > census.Readable)
        {
            throw new DocumentProblem($"此 PDF 的文字层无法读取：{census.Unreadable} 个字符没有对应的文字编码（字体缺少 Unicode 映射），需要先做文字识别（OCR）再导入");
        }

        if (imageOnlyPages.Count * 2 > pageCount)
        {
            throw new DocumentProblem(
                $"此 PDF 共 {pageCount} 页，其中 {imageOnlyPages.Count} 页没有文字层（可能是扫描件：第 {Pages(imageOnlyPages)} 页），需要先做文字识别（OCR）再导入");
        }
    }

    private static string Pages(IReadOnlyList<int> pages) =>
        pages.Count <= 10 ? string.Join("、", pages) : string.Join("、", pages.Take(10)) + " 等";
}
