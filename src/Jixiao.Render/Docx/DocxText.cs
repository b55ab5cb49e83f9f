using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Jixiao.Render.Docx;

/// <summary>Paragraphs of one run: a style, the text, an alignment, bold when asked.</summary>
internal static class DocxText
{
    public static Paragraph Paragraph(string style, string text, JustificationValues? justification = null, bool bold = false, bool keepNext = false, bool flush = false)
    {
        var properties = new ParagraphProperties(new ParagraphStyleId { Val = style });
        if (keepNext)
        {
            properties.Append(new KeepNext());
        }

        if (flush)
        {
            properties.Append(new Indentation { FirstLine = "0", FirstLineChars = 0 });
        }

        if (justification is { } value)
        {
            properties.Append(new Justification { Val = value });
        }

        var paragraph = new Paragraph(properties);
        if (text.Length > 0)
        {
            var run = new Run();
            if (bold)
            {
                run.Append(new RunProperties(new Bold(), new BoldComplexScript()));
            }

            run.Append(new Text(text) { Space = text.Trim() == text ? null : SpaceProcessingModeValues.Preserve });
            paragraph.Append(run);
        }

        return paragraph;
    }
}
