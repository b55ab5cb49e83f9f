using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Jixiao.Import.Tests.Documents.Word;

/// <summary>Paragraphs written as Word writes them, for what the SDK's classes make long-winded: fields, revisions, text boxes.</summary>
internal static class DocxXml
{
    private const string Namespaces =
        """xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" """
        + """xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" """
        + """xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml" """;

    /// <summary>A paragraph's outer XML from its runs.</summary>
    public static string Body(string runs) => $"<w:p {Namespaces}>{runs}</w:p>";

    /// <summary>
    /// A paragraph anchoring a text box between two runs, as Word 2010+ saves it: a DrawingML shape in mc:Choice
    /// and the same box in VML in mc:Fallback.
    /// </summary>
    public static string TextBox(string before, string box, string after) => Body($"""
        <w:r><w:t>{before}</w:t></w:r>
        <w:r><mc:AlternateContent>
          <mc:Choice Requires="wps"><w:drawing>
            <wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
              <wp:simplePos x="0" y="0"/>
              <wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>
              <wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>
              <wp:extent cx="1828800" cy="914400"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/>
              <wp:docPr id="1" name="文本框 1"/><wp:cNvGraphicFramePr/>
              <a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>
                <wps:cNvSpPr txBox="1"/>
                <wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1828800" cy="914400"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>
                <wps:txbx><w:txbxContent><w:p><w:r><w:t>{box}</w:t></w:r></w:p></w:txbxContent></wps:txbx>
                <wps:bodyPr/>
              </wps:wsp></a:graphicData></a:graphic>
            </wp:anchor>
          </w:drawing></mc:Choice>
          <mc:Fallback><w:pict><v:shape id="文本框 1" type="#_x0000_t202" style="position:absolute;width:144pt;height:72pt">
            <v:textbox><w:txbxContent><w:p><w:r><w:t>{box}</w:t></w:r></w:p></w:txbxContent></v:textbox>
          </v:shape></w:pict></mc:Fallback>
        </mc:AlternateContent></w:r>
        <w:r><w:t>{after}</w:t></w:r>
        """);

    /// <summary>A package whose body is <paramref name="bodyXml"/>, saved as written (fast for large documents; not validated).</summary>
    public static byte[] Package(string bodyXml)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            document.AddMainDocumentPart().Document = new Document($"<w:document {Namespaces}><w:body>{bodyXml}</w:body></w:document>");
        }

        return stream.ToArray();
    }

    /// <summary>A package with a main document part whose document has no body (or an empty one).</summary>
    public static byte[] Package(bool body)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            document.AddMainDocumentPart().Document = body ? new Document(new Body()) : new Document();
        }

        return stream.ToArray();
    }
}
