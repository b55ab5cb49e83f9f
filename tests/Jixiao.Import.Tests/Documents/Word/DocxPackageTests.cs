using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Jixiao.Import.Documents.Word;

namespace Jixiao.Import.Tests.Documents.Word;

/// <summary>The other packages Word saves (strict OOXML, macro-enabled documents) and the containers
/// text sits in: content controls, hyperlinks, simple fields (their result).</summary>
public sealed class DocxPackageTests
{
    [Fact]
    public void Read_StrictOpenXml_ReadLikeTransitional()
    {
        var transitional = new Docx().Paragraph("一、部门概况").Paragraph("在职人员 36 人。").Build();

        var strict = DocxReader.Read(new MemoryStream(ToStrict(transitional))).Text;

        Assert.Equal("一、部门概况\n在职人员 36 人。\n", strict);
    }

    [Fact]
    public void Import_MacroEnabledDocument_Read()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.MacroEnabledDocument))
        {
            document.AddMainDocumentPart().Document = new Document(new Body(Docx.Para("全年预算数 1,286.40 万元。")));
        }

        var result = DocumentImporter.Import(stream.ToArray(), "report.docm", new ExtractionOptions());

        Assert.Equal(1286.40m, result.Evaluation?.Budget?.Adjusted);
    }

    [Fact]
    public void Read_ContentControlsHyperlinksAndSimpleFields_TheirTextRead()
    {
        var control = new SdtBlock(new SdtProperties(new SdtAlias { Val = "单位名称" }), new SdtContentBlock(Docx.Para("青河县司法局")));
        var linked = new Paragraph(Docx.Run("详见"), new Hyperlink(Docx.Run("附件 1")) { Anchor = "附件" }, Docx.Run("。"));
        var docx = new Docx().Add(control, linked, new Paragraph(DocxXml.Body("""<w:fldSimple w:instr=" DOCPROPERTY Company "><w:r><w:t>广州市</w:t></w:r></w:fldSimple>""")));

        var text = DocxReader.Read(new MemoryStream(docx.Build())).Text;

        Assert.Equal("青河县司法局\n详见附件 1。\n广州市\n", text);
    }

    /// <summary>The same package in ISO strict namespaces, as Word's "Strict Open XML Document" saves it.</summary>
    private static byte[] ToStrict(byte[] transitional)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(transitional), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
                var xml = reader.ReadToEnd()
                    .Replace("http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main", StringComparison.Ordinal)
                    .Replace("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "http://purl.oclc.org/ooxml/officeDocument/relationships", StringComparison.Ordinal);
                using var writer = new StreamWriter(target.CreateEntry(entry.FullName).Open(), new UTF8Encoding(false));
                writer.Write(xml);
            }
        }

        return output.ToArray();
    }
}
