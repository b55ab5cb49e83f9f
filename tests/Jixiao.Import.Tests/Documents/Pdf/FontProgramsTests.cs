using Jixiao.Import.Documents.Pdf;
using Jixiao.Import.Tests.Documents.Fixtures;
using UglyToad.PdfPig;

namespace Jixiao.Import.Tests.Documents.Pdf;

/// <summary>Reading without the programs of Type 1 fonts that have a ToUnicode map changes no letter, no position.</summary>
[Collection(ReportDocumentsDefinition.Name)]
public sealed class FontProgramsTests(ReportDocuments documents)
{
    [Theory]
    [InlineData("001_8a8cd6fc1c5a3d32.facts.json")]
    [InlineData("002_541c9492cc78057a.facts.json")]
    public void SkipUnneeded_LibreOfficeChineseFonts_SameLetters(string factsFile)
    {
        var pdf = documents.Pdf(factsFile);
        using var full = PdfDocument.Open(pdf);
        using var lean = PdfDocument.Open(pdf);

        var skipped = FontPrograms.SkipUnneeded(lean, lean.NumberOfPages);

        Assert.True(skipped > 0, "LibreOffice writes Chinese as Type 1 subsets with ToUnicode maps");
        Assert.Equal(Letters(full), Letters(lean));
    }

    private static List<string> Letters(PdfDocument document) =>
        [.. document.GetPages().SelectMany(page => page.Letters).Select(letter => FormattableString.Invariant(
            $"{letter.Value} {letter.StartBaseLine.X:0.###} {letter.StartBaseLine.Y:0.###} {letter.EndBaseLine.X:0.###} {letter.PointSize:0.###} {letter.FontDetails?.IsBold}"))];
}
