using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Marker = Jixiao.Import.Layout.Marker;
using MarkerStyle = Jixiao.Import.Layout.MarkerStyle;

namespace Jixiao.Import.Documents.Word;

/// <summary>
/// Lays out the body of a Word document as the text the pipeline reads: a paragraph per line, with its list
/// label and, for a heading that prints no number, markdown hashes; tables as HTML rows; text boxes after the
/// paragraph that anchors them. Paragraphs are numbered in that reading order, each w:p once, so that
/// provenance names the paragraph (and the table cell) a value was printed in.
/// </summary>
internal sealed partial class WordLayout
{
    /// <summary>Tables in tables and text boxes in cells go no deeper in real documents; deeper is a hostile file.</summary>
    private const int DepthLimit = 64;

    private readonly LaidOutText.Builder _text = new();
    private readonly ParagraphStyles _styles;
    private readonly ListNumbering _numbering;
    private readonly FieldState _fields = new();
    private int _paragraphs;
    private int _depth;

    private WordLayout(ParagraphStyles styles, ListNumbering numbering)
    {
        _styles = styles;
        _numbering = numbering;
    }

    /// <summary>The laid-out body; empty when the body prints no text at all.</summary>
    public static LaidOutText.Builder Lay(Body body, ParagraphStyles styles, ListNumbering numbering)
    {
        var layout = new WordLayout(styles, numbering);
        layout.Blocks(body, cell: null);
        return layout._text;
    }

    /// <summary>Paragraphs and tables of a body, a cell, a text box or a content control, in order.</summary>
    private void Blocks(OpenXmlElement container, CellText? cell)
    {
        if (++_depth > DepthLimit)
        {
            throw new DocumentProblem($"文档结构嵌套超过 {DepthLimit} 层，疑似损坏或恶意构造，未读取");
        }

        for (var child = container.FirstChild; child is not null; child = child.NextSibling())
        {
            switch (child)
            {
                case Paragraph paragraph:
                    Paragraph(paragraph, cell);
                    break;
                case Table table when cell is null:
                    Table(table);
                    break;
                case Table table:
                    NestedTable(table, cell);
                    break;
                case AlternateContent alternate:
                    if (InlineText.Branch(alternate) is { } branch)
                    {
                        Blocks(branch, cell);
                    }

                    break;
                case SdtBlock or SdtContentBlock or CustomXmlBlock:
                    Blocks(child, cell);
                    break;
            }
        }

        _depth--;
    }

    private void Paragraph(Paragraph paragraph, CellText? cell)
    {
        var number = ++_paragraphs;
        var content = InlineText.Read(paragraph, _fields, DepthLimit);
        if (cell is not null)
        {
            content.BreakAfterLeadingPhrase(paragraph);
        }

        var properties = paragraph.ParagraphProperties;
        var styleId = properties?.ParagraphStyleId?.Val?.Value;
        var style = _styles.Of(styleId);
        var label = Label(properties?.NumberingProperties, style, styleId);
        if (cell is null && content.IsEmpty)
        {
            _text.EndLine();
        }
        else if (cell is not { Muted: true } && !content.IsEmpty)
        {
            Print(content, number, label, cell is null ? Heading(properties, style, label, content.Lines[0]) : null, cell);
        }

        foreach (var box in content.TextBoxes)
        {
            Blocks(box, cell);
        }
    }

    /// <summary>Counts the paragraph in its list (even when it prints nothing, as Word does) and gives its label.</summary>
    private ListLabel? Label(NumberingProperties? own, StyleFacts style, string? styleId)
    {
        var instance = own?.NumberingId?.Val?.Value ?? style.NumberingId;
        var level = own?.NumberingLevelReference?.Val?.Value ?? (own?.NumberingId is null ? style.Level : null);
        return instance is { } id and > 0 ? _numbering.Next(id, level, styleId) : null;
    }

    /// <summary>
    /// Hashes for a paragraph whose outline level (its own, its style's, a heading style's) makes it a heading
    /// but that prints no number of its own, so that the outline reader takes it as one; null otherwise.
    /// </summary>
    private static string? Heading(ParagraphProperties? properties, StyleFacts style, ListLabel? label, string firstLine)
    {
        var outline = properties?.OutlineLevel?.Val?.Value ?? style.OutlineLevel;
        var level = outline is >= 0 and <= 8 ? outline.Value : style.IsTitle ? 0 : -1;
        if (level < 0 || label is { IsBullet: false } || Marker.Read(firstLine.TrimStart()) is { Style: not MarkerStyle.Inline })
        {
            return null;
        }

        return new string('#', level + 1) + " ";
    }
}
