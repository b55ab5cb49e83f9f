using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Jixiao.Render.Layout;
using Jixiao.Render.Packaging;

namespace Jixiao.Render.Docx;

/// <summary>
/// Writes blocks as a Word document: styles and font table of our own, A4 pages as <see cref="DocxPage"/> sets them,
/// the page number centred in the footer as official documents print it (— 1 —). Fixed part ids, the render
/// clock's time, no other volatile data.
/// </summary>
internal static class DocxWriter
{
    public static void Write(IReadOnlyList<Block> blocks, DocxPage page, string title, Stream output, DateTimeOffset time)
    {
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            document.ChangeIdOfPart(main, "rId1");
            main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = DocxStyles.Build(page);
            main.AddNewPart<FontTablePart>("rIdFonts").Fonts = DocxFonts.Table();
            main.AddNewPart<FooterPart>("rIdFooter").Footer = Footer();
            var body = new Body();
            var images = new DocxImages(main);
            foreach (var block in blocks)
            {
                body.Append(Elements(block, page, images));
            }

            body.Append(Section(page));
            main.Document = new Document(body);
            CoreProperties.Add(document, title, time);
        }

        StablePackage.Copy(buffer, output, time);
    }

    private static IEnumerable<OpenXmlElement> Elements(Block block, DocxPage page, DocxImages images) => block switch
    {
        TitleBlock title => [DocxText.Paragraph(DocxStyles.TitleStyle, title.Text)],
        HeadingBlock heading => [DocxText.Paragraph(heading.Level == 1 ? DocxStyles.Heading1 : DocxStyles.Heading2, heading.Text)],
        ParagraphBlock paragraph => [DocxText.Paragraph(DocxStyles.Body, paragraph.Text, paragraph.Right ? JustificationValues.Right : null, flush: paragraph.Flush)],
        // A caption line over the table (单位：万元), the table, and a paragraph after it: Word needs one between two tables.
        GridBlock grid =>
        [
            .. grid.Grid.Caption is { } caption ? [DocxText.Paragraph(DocxStyles.TableText, caption, JustificationValues.Left, keepNext: true)] : Array.Empty<OpenXmlElement>(),
            DocxTable.Build(grid.Grid, page),
            .. grid.Grid.Notes.Select(note => DocxText.Paragraph(DocxStyles.TableText, note, JustificationValues.Left)),
            DocxText.Paragraph(DocxStyles.TableText, ""),
        ],
        ImageBlock image => [images.Paragraph(image)],
        _ => throw new ArgumentOutOfRangeException(nameof(block), block, null),
    };

    private static SectionProperties Section(DocxPage page)
    {
        var (width, height) = page.Landscape ? (DocxPage.A4HeightMm, DocxPage.A4WidthMm) : (DocxPage.A4WidthMm, DocxPage.A4HeightMm);
        return new SectionProperties(
            new FooterReference { Type = HeaderFooterValues.Default, Id = "rIdFooter" },
            new PageSize { Width = (uint)DocxPage.Twips(width), Height = (uint)DocxPage.Twips(height), Orient = page.Landscape ? PageOrientationValues.Landscape : null },
            new PageMargin
            {
                Top = DocxPage.Twips(page.TopMm), Bottom = DocxPage.Twips(page.BottomMm),
                Left = (uint)DocxPage.Twips(page.LeftMm), Right = (uint)DocxPage.Twips(page.RightMm),
                Header = (uint)DocxPage.Twips(15), Footer = (uint)DocxPage.Twips(page.BottomMm > 30 ? 28 : 10), Gutter = 0,
            },
            new DocGrid { Type = page.LinePoints is null ? DocGridValues.Default : DocGridValues.Lines, LinePitch = page.LinePoints is { } points ? (int)Math.Round(points * 20) : 312 });
    }

    /// <summary>— 1 —: the page number as a field between two dashes, centred.</summary>
    private static Footer Footer() => new(new Paragraph(
        new ParagraphProperties(new ParagraphStyleId { Val = "Footer" }, new Justification { Val = JustificationValues.Center }),
        new Run(new Text("— ") { Space = SpaceProcessingModeValues.Preserve }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
        new Run(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
        new Run(new Text("1")),
        new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
        new Run(new Text(" —") { Space = SpaceProcessingModeValues.Preserve })));

    public static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
