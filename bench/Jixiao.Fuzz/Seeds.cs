using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Jixiao.Fuzz;

/// <summary>
/// Small starting inputs, one or two per target, that reach deep into each reader (AFL mutates small files best):
/// a PDF page with text and a ruled cell, a Word paragraph and table, a sheet with shared strings and numbers.
/// The text and JSON targets start from the repository's corpus and samples (bench/fuzz.sh copies them).
/// </summary>
internal static class Seeds
{
    public static void Write(string directory)
    {
        Save(directory, "pdf", "text.pdf", Pdf("BT /F1 12 Tf 72 720 Td (Budget 2023: 100.00) Tj 0 -20 Td (Rate 95.5%) Tj ET 70 700 m 300 700 l 300 650 l 70 650 l h S"));
        var documentXml = Encoding.UTF8.GetBytes(DocumentXml(
            "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>一、部门概况</w:t></w:r></w:p>"
            + "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>年初预算数</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>100.00</w:t></w:r></w:p></w:tc></w:tr>"
            + "<w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr><w:p><w:r><w:t>执行率 95.5%</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"));
        Save(directory, "docx", "table.docx", Docx(documentXml));
        Save(directory, "docx-xml", "document.xml", documentXml);
        Save(directory, "xlsx", "sheet.xlsx", Xlsx(Encoding.UTF8.GetBytes(SheetXml)));
        Save(directory, "xlsx-xml", "sheet1.xml", Encoding.UTF8.GetBytes(SheetXml));
    }

    private static void Save(string directory, string target, string name, byte[] bytes)
    {
        var folder = Directory.CreateDirectory(Path.Combine(directory, target)).FullName;
        File.WriteAllBytes(Path.Combine(folder, name), bytes);
    }

    private static byte[] Pdf(string content)
    {
        string[] objects =
        [
            "<</Type/Catalog/Pages 2 0 R>>",
            "<</Type/Pages/Kids[3 0 R]/Count 1>>",
            "<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Resources<</Font<</F1 5 0 R>>>>/Contents 4 0 R>>",
            string.Create(CultureInfo.InvariantCulture, $"<</Length {content.Length}>>\nstream\n{content}\nendstream"),
            "<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<</Size {objects.Length + 1}/Root 1 0 R>>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    private static string DocumentXml(string body) =>
        "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" + body + "</w:body></w:document>";

    /// <summary>A Word package around <paramref name="documentXml"/> as given, byte for byte.</summary>
    public static byte[] Docx(byte[] documentXml) => Package(
        "word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        ("word/document.xml", documentXml));

    private static readonly string SheetXml = "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
            + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\"><v>100</v></c></row><row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c><c r=\"B2\"><v>0.955</v></c></row>"
            + "</sheetData><mergeCells><mergeCell ref=\"A3:B3\"/></mergeCells></worksheet>";

    /// <summary>A workbook with shared strings around <paramref name="sheetXml"/> as given, byte for byte.</summary>
    public static byte[] Xlsx(byte[] sheetXml) => Package(
        "xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", ("xl/worksheets/sheet1.xml", sheetXml),
        ("xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"自评表\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"),
        ("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>"),
        ("xl/sharedStrings.xml", "<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>年初预算数</t></si><si><r><t>执行</t></r><r><t>率</t></r></si></sst>"));

    /// <summary>A package whose <paramref name="given"/> part is written as it comes (the fuzzed bytes) and the others as text.</summary>
    private static byte[] Package(string main, string type, (string Name, byte[] Content) given, params (string Name, string Xml)[] parts)
    {
        using var bytes = new MemoryStream();
        using (var zip = new ZipArchive(bytes, ZipArchiveMode.Create, leaveOpen: true))
        {
            Entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + $"<Override PartName=\"/{main}\" ContentType=\"{type}\"/>"
                + (main.StartsWith("xl/", StringComparison.Ordinal) ? "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/><Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>" : "")
                + "</Types>");
            Entry(zip, "_rels/.rels", $"<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"{main}\"/></Relationships>");
            Entry(zip, given.Name, given.Content);
            foreach (var (name, xml) in parts)
            {
                Entry(zip, name, Encoding.UTF8.GetBytes(xml));
            }
        }

        return bytes.ToArray();
    }

    private static void Entry(ZipArchive zip, string name, string text) => Entry(zip, name, Encoding.UTF8.GetBytes(text));

    private static void Entry(ZipArchive zip, string name, byte[] content)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        stream.Write(content);
    }
}
