using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Jixiao.Import.Tests.Documents.Fixtures;

/// <summary>
/// The look of <see cref="MarkdownDocx"/>'s documents, after the usual rules for government papers: A4, body in
/// 三号仿宋_GB2312 at a fixed 28-point line with a two-character first-line indent (flush left), a 小标宋 title, 黑体 / 楷体
/// headings that carry outline levels, tables in 五号宋体, and 「— 1 —」 page numbers in the footer.
/// </summary>
internal static class MarkdownDocxStyles
{
    public static Styles Create() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                Fonts("仿宋_GB2312"), new FontSize { Val = "32" }, new FontSizeComplexScript { Val = "32" },
                new Languages { Val = "en-US", EastAsia = "zh-CN" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { Line = "560", LineRule = LineSpacingRuleValues.Exact, Before = "0", After = "0" }))),
        // Set flush left, not justified: LibreOffice 7.4 leaves out of the PDF a 「，」 or 「。」 it hangs at the end of a
        // justified line (20 in the seeds and corpus), and a test must not lose printed text to the printer.
        ParagraphStyle("Normal", "Normal", null, new StyleParagraphProperties(
            new Indentation { FirstLineChars = 200, FirstLine = "640" }, new Justification { Val = JustificationValues.Left })),
        ParagraphStyle("Title", "Title", null, new StyleParagraphProperties(
            new SpacingBetweenLines { Line = "700", LineRule = LineSpacingRuleValues.Exact }, NoIndent(), new Justification { Val = JustificationValues.Center }),
            Fonts("方正小标宋简体"), new FontSize { Val = "44" }),
        ParagraphStyle("Heading1", "heading 1", 0, null, Fonts("黑体")),
        ParagraphStyle("Heading2", "heading 2", 1, null, Fonts("楷体_GB2312")),
        ParagraphStyle("Heading3", "heading 3", 2, null, new Bold()),
        ParagraphStyle("TableText", "Table Text", null, new StyleParagraphProperties(
            new SpacingBetweenLines { Line = "300", LineRule = LineSpacingRuleValues.Auto }, NoIndent(), new Justification { Val = JustificationValues.Left }),
            Fonts("宋体"), new FontSize { Val = "21" }, new FontSizeComplexScript { Val = "21" }),
        ParagraphStyle("Footer", "footer", null, new StyleParagraphProperties(NoIndent(), new Justification { Val = JustificationValues.Center }),
            Fonts("宋体"), new FontSize { Val = "28" }));

    public static TableProperties TableProperties() => new(
        new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
        new TableBorders(
            Border(new TopBorder()), Border(new LeftBorder()), Border(new BottomBorder()), Border(new RightBorder()),
            Border(new InsideHorizontalBorder()), Border(new InsideVerticalBorder())),
        new TableLayout { Type = TableLayoutValues.Fixed });

    public static Footer PageNumberFooter() => new(new Paragraph(
        new ParagraphProperties(new ParagraphStyleId { Val = "Footer" }),
        new Run(new WordText("— ") { Space = SpaceProcessingModeValues.Preserve }),
        new SimpleField(new Run(new WordText("1"))) { Instruction = " PAGE " },
        new Run(new WordText(" —") { Space = SpaceProcessingModeValues.Preserve })));

    /// <summary>A4 portrait with the margins of GB/T 9704 (top 37 mm, left 28 mm), the footer's page number on each page.</summary>
    public static SectionProperties A4Section(string footerId) => new(
        new FooterReference { Type = HeaderFooterValues.Default, Id = footerId },
        new PageSize { Width = 11906, Height = 16838 },
        new PageMargin { Top = 2098, Right = 1474, Bottom = 1984, Left = 1588, Header = 851, Footer = 992, Gutter = 0 });

    private static Style ParagraphStyle(string id, string name, int? outlineLevel, StyleParagraphProperties? paragraph, params OpenXmlElement[] run)
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id, Default = id == "Normal" ? true : null };
        if (id != "Normal")
        {
            style.Append(new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" });
        }

        style.Append(new PrimaryStyle());
        if (outlineLevel is { } level)
        {
            paragraph = new StyleParagraphProperties(new KeepNext(), new OutlineLevel { Val = level });
        }

        if (paragraph is not null)
        {
            style.Append(paragraph);
        }

        if (run.Length > 0)
        {
            style.Append(new StyleRunProperties(run));
        }

        return style;
    }

    private static RunFonts Fonts(string chinese) =>
        new() { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman", EastAsia = chinese };

    private static Indentation NoIndent() => new() { FirstLineChars = 0, FirstLine = "0" };

    private static T Border<T>(T border)
        where T : BorderType
    {
        border.Val = BorderValues.Single;
        border.Size = 4;
        border.Space = 0;
        border.Color = "000000";
        return border;
    }
}
