using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Jixiao.Render.Docx;

/// <summary>
/// The paragraph styles, defined here (Word's built-in headings would bring Latin fonts): Normal, 正文 (body, first line
/// indented two characters), Title, heading 1 and 2 (so that Word's outline and the extractor see headings), 表格 (table text).
/// </summary>
internal static class DocxStyles
{
    public const string Body = "BodyText";
    public const string TitleStyle = "Title";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string TableText = "TableText";

    public static Styles Build(DocxPage page)
    {
        var body = HalfPoints(page.BodyPoints);
        var table = HalfPoints(Math.Min(page.BodyPoints, 12));
        // Two characters of the body's size: Word reads the character count, LibreOffice the twips.
        var indent = Twips(page.BodyPoints * 2);
        return new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(DocxFonts.Run(page.BodyFont), new FontSize { Val = body }, new FontSizeComplexScript { Val = body }, new Languages { Val = "en-US", EastAsia = "zh-CN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(LineSpacing(page.LinePoints)))),
            Paragraph("Normal", "Normal", null, new StyleParagraphProperties(), new StyleRunProperties(), isDefault: true),
            Paragraph(Body, "正文", "Normal", new StyleParagraphProperties(new Indentation { FirstLine = indent, FirstLineChars = 200 }, new Justification { Val = JustificationValues.Both }), new StyleRunProperties()),
            Paragraph(TitleStyle, "Title", "Normal",
                new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "0", After = Twips(page.LinePoints ?? 16), Line = "580", LineRule = LineSpacingRuleValues.Exact }, new Justification { Val = JustificationValues.Center }, new OutlineLevel { Val = 0 }),
                new StyleRunProperties(DocxFonts.Run(DocxFonts.Title), new FontSize { Val = "44" }, new FontSizeComplexScript { Val = "44" })),
            Paragraph(Heading1, "heading 1", "Normal",
                new StyleParagraphProperties(new KeepNext(), new Indentation { FirstLine = indent, FirstLineChars = 200 }, new OutlineLevel { Val = 0 }),
                new StyleRunProperties(DocxFonts.Run(DocxFonts.HeiTi))),
            Paragraph(Heading2, "heading 2", "Normal",
                new StyleParagraphProperties(new KeepNext(), new Indentation { FirstLine = indent, FirstLineChars = 200 }, new OutlineLevel { Val = 1 }),
                new StyleRunProperties(DocxFonts.Run(DocxFonts.KaiTi))),
            Paragraph(TableText, "表格", "Normal",
                new StyleParagraphProperties(new SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
                new StyleRunProperties(new FontSize { Val = table }, new FontSizeComplexScript { Val = table })),
            Paragraph("Footer", "footer", "Normal",
                new StyleParagraphProperties(new SpacingBetweenLines { Line = "240", LineRule = LineSpacingRuleValues.Auto }),
                new StyleRunProperties(DocxFonts.Run(DocxFonts.SongTi), new FontSize { Val = "28" }, new FontSizeComplexScript { Val = "28" })));
    }

    private static SpacingBetweenLines LineSpacing(double? linePoints) => linePoints is { } points
        ? new SpacingBetweenLines { Before = "0", After = "0", Line = Twips(points), LineRule = LineSpacingRuleValues.Exact }
        : new SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto };

    private static Style Paragraph(string id, string name, string? basedOn, StyleParagraphProperties paragraph, StyleRunProperties run, bool isDefault = false)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id, Default = isDefault ? true : null };
        style.Append(new StyleName { Val = name });
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        style.Append(new PrimaryStyle(), paragraph, run);
        return style;
    }

    private static string HalfPoints(double points) => ((int)Math.Round(points * 2)).ToString(CultureInfo.InvariantCulture);

    private static string Twips(double points) => ((int)Math.Round(points * 20)).ToString(CultureInfo.InvariantCulture);
}
