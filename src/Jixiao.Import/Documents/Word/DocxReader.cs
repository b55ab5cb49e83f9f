using DocumentFormat.OpenXml.Packaging;

namespace Jixiao.Import.Documents.Word;

/// <summary>
/// Reads a Word document (.docx, .docm, .dotx; transitional or strict) into laid-out text: the body's paragraphs,
/// tables and text boxes in reading order (see <see cref="WordLayout"/>). Headers, footers, footnotes and comments
/// are page furniture and are not read. A corrupt package throws the library's exception; the parts loaded whole
/// are first checked within <see cref="XmlBounds"/>.
/// </summary>
internal static class DocxReader
{
    public static LaidOutText Read(Stream package)
    {
        using var document = WordprocessingDocument.Open(package, isEditable: false);
        var main = document.MainDocumentPart ?? throw new DocumentProblem("不是有效的 Word 文档：找不到正文部分（word/document.xml 缺失，或包内的类型与关系表不全）");
        XmlBounds.Check(main);
        XmlBounds.Check(main.StyleDefinitionsPart);
        XmlBounds.Check(main.NumberingDefinitionsPart);
        var body = main.Document?.Body ?? throw new DocumentProblem("Word 文档没有正文（document.xml 中缺少 w:body）");
        var styles = new ParagraphStyles(main.StyleDefinitionsPart?.Styles);
        var text = WordLayout.Lay(body, styles, new ListNumbering(main.NumberingDefinitionsPart?.Numbering, styles));
        if (text.IsEmpty)
        {
            throw new DocumentProblem("Word 文档中没有文字（可能只有图片，如扫描件），无法读取");
        }

        return text.Build();
    }
}
