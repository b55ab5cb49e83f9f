using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;
using Jixiao.Import.Tests.Documents.Fixtures;

namespace Jixiao.Import.Tests.Documents;

/// <summary>
/// The PDFs are the Word documents as printed: every character of a document's body is in its PDF, and nothing else
/// but the page numbers, as poppler's pdftotext (a witness independent of our reader) reads them.
/// </summary>
[Collection(ReportDocumentsDefinition.Name)]
public sealed partial class PrintedDocumentsTests(ReportDocuments documents)
{
    [Fact]
    public void Print_EverySeedAndCorpusDocument_EveryCharacterPrinted()
    {
        var differences = ReportDocuments.All().Select(document =>
        {
            var written = Characters(PageNumber().Replace(BodyText(documents.Docx(document.FactsFile)), ""));
            var printed = Characters(PageNumber().Replace(Poppler.PdfToText(documents.Pdf(document.FactsFile), "-raw"), ""));
            var (missing, extra) = (Except(written, printed), Except(printed, written));
            return missing.Length + extra.Length == 0 ? null : $"{document.FactsFile}: not printed 「{missing}」, printed besides 「{extra}」";
        }).OfType<string>().ToList();

        Assert.True(differences.Count == 0, string.Join('\n', differences));
    }

    private static string BodyText(byte[] docx)
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return string.Concat(word.MainDocumentPart!.Document!.Body!.Descendants<WordText>().Select(text => text.Text));
    }

    private static List<char> Characters(string text) => [.. text.Where(c => !char.IsWhiteSpace(c)).Order()];

    /// <summary>The characters of <paramref name="these"/> that <paramref name="others"/> lacks, counting repeats.</summary>
    private static string Except(List<char> these, List<char> others)
    {
        var left = others.GroupBy(c => c).ToDictionary(group => group.Key, group => group.Count());
        return string.Concat(these.Where(c => left.TryGetValue(c, out var count) && count > 0 ? (left[c] = count - 1) < 0 : true));
    }

    /// <summary>A page number 「— 3 —」: the footer prints one on each page (and a text broken at pages may hold them).</summary>
    [GeneratedRegex(@"—\s*\d+\s*—")]
    private static partial Regex PageNumber();
}
