using Jixiao.Import.Documents.Pdf;
using Jixiao.Import.Tests.Documents.Bounds;
using UglyToad.PdfPig;

namespace Jixiao.Import.Tests.Documents.Pdf;

/// <summary>
/// A Type 3 font (as Chromium draws Chinese) with a ToUnicode map and widths: its glyph procedures are left out, and
/// every letter keeps its text, place, advance and size.
/// </summary>
public sealed class Type3FontTests
{
    [Fact]
    public void SkipUnneeded_Type3WithToUnicode_SameLetters()
    {
        var pdf = Type3Pdf();
        using var full = PdfDocument.Open(pdf);
        using var lean = PdfDocument.Open(pdf);

        var skipped = FontPrograms.SkipUnneeded(lean, lean.NumberOfPages);

        Assert.Equal(1, skipped);
        Assert.Equal(Letters(full), Letters(lean));
        Assert.Equal("预算预算", string.Concat(lean.GetPage(1).Letters.Select(letter => letter.Value)));
    }

    [Fact]
    public void Import_Type3Text_Read()
    {
        var result = DocumentImporter.Import(Type3Pdf(), "type3.pdf", new ExtractionOptions());

        Assert.NotNull(result.Evaluation);
    }

    /// <summary>One page of four letters in a Type 3 font whose two glyphs are drawn boxes, mapped to 预 and 算.</summary>
    private static byte[] Type3Pdf()
    {
        const string content = "BT /F1 12 Tf 72 720 Td <01020102> Tj ET";
        const string map = "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /T3 def 1 begincodespacerange <00> <FF> endcodespacerange 2 beginbfchar <01> <9884> <02> <7B97> endbfchar endcmap CMapName currentdict /CMap defineresource pop end end";
        const string glyph = "1000 0 0 0 800 800 d1 0 0 800 800 re f";
        return CraftedFiles.Pdf(
            "<</Type/Catalog/Pages 2 0 R>>"u8.ToArray(),
            "<</Type/Pages/Kids[3 0 R]/Count 1>>"u8.ToArray(),
            "<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Resources<</Font<</F1 5 0 R>>>>/Contents 4 0 R>>"u8.ToArray(),
            Stream(content),
            "<</Type/Font/Subtype/Type3/FontBBox[0 0 1000 1000]/FontMatrix[0.001 0 0 0.001 0 0]/CharProcs<</g1 6 0 R/g2 7 0 R>>/Encoding<</Type/Encoding/Differences[1/g1/g2]>>/FirstChar 1/LastChar 2/Widths[1000 1000]/ToUnicode 8 0 R/Resources<<>>>>"u8.ToArray(),
            Stream(glyph),
            Stream(glyph),
            Stream(map));
    }

    private static byte[] Stream(string data) => System.Text.Encoding.ASCII.GetBytes($"<</Length {data.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)}>>\nstream\n{data}\nendstream");

    private static List<string> Letters(PdfDocument document) =>
        [.. document.GetPages().SelectMany(page => page.Letters).Select(letter => FormattableString.Invariant(
            $"{letter.Value} {letter.StartBaseLine.X:0.###} {letter.StartBaseLine.Y:0.###} {letter.EndBaseLine.X:0.###} {letter.PointSize:0.###}"))];
}
