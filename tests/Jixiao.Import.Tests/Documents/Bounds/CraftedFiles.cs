using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Jixiao.Import.Tests.Documents.Bounds;

/// <summary>
/// The small crafted files of issue 14, made here byte by byte: each is what an attacker would send a bureau, and
/// each once crashed the import, hung it or took gigabytes.
/// </summary>
internal static class CraftedFiles
{
    /// <summary>About 400 bytes: a page whose resources refer to an object that refers back (4 0 R → 5 0 R → 4 0 R).</summary>
    public static byte[] CyclicPdf() => Pdf(
        "<</Type/Catalog/Pages 2 0 R>>"u8.ToArray(),
        "<</Type/Pages/Kids[3 0 R]/Count 1>>"u8.ToArray(),
        "<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Resources 4 0 R>>"u8.ToArray(),
        "5 0 R"u8.ToArray(),
        "4 0 R"u8.ToArray());

    /// <summary>A page whose content stream is about 2 MB of Flate that inflates to 2 GB of spaces.</summary>
    public static byte[] InflatingPdf()
    {
        var data = RepeatedDeflate(2048);
        return Pdf(
            "<</Type/Catalog/Pages 2 0 R>>"u8.ToArray(),
            "<</Type/Pages/Kids[3 0 R]/Count 1>>"u8.ToArray(),
            "<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R>>"u8.ToArray(),
            [.. Ascii($"<</Length {data.Length}/Filter/FlateDecode>>\nstream\n"), .. data, .. "\nendstream"u8]);
    }

    /// <summary>A page whose content stream is about 26 KB of LZW that decodes to 68 MB of zero bytes.</summary>
    public static byte[] LzwPdf() => ContentPdf("/LZWDecode", LzwZeros(68 * 1024 * 1024));

    /// <summary>A page whose content stream is 1.2 MB of RunLength pairs that decode to 77 MB of spaces.</summary>
    public static byte[] RunLengthPdf() => ContentPdf("/RunLengthDecode", [.. Enumerable.Repeat<byte[]>([129, (byte)' '], 600_000).SelectMany(pair => pair)]);

    /// <summary>The 2 GB Flate bomb written in ASCII85 (a chain of two filters, the first not Flate): about 2.6 MB.</summary>
    public static byte[] Ascii85FlatePdf() => ContentPdf("[/ASCII85Decode /FlateDecode]", Ascii85(RepeatedDeflate(2048)));

    private static byte[] ContentPdf(string filter, byte[] data) => Pdf(
        "<</Type/Catalog/Pages 2 0 R>>"u8.ToArray(),
        "<</Type/Pages/Kids[3 0 R]/Count 1>>"u8.ToArray(),
        "<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R>>"u8.ToArray(),
        [.. Ascii($"<</Length {data.Length}/Filter{filter}>>\nstream\n"), .. data, .. "\nendstream"u8]);

    /// <summary>
    /// LZW codes (PDF's: 9 to 12 bits, the width growing one code early) for <paramref name="count"/> zero bytes: 0, then
    /// each new code in turn (code k is k − 256 zeros, the string just made), then the last code (3,839 zeros) over and over.
    /// </summary>
    public static byte[] LzwZeros(long count)
    {
        var codes = new List<int> { 0 };
        var (written, next) = (1L, 258);
        while (written < count)
        {
            var code = Math.Min(next, 4095);
            codes.Add(code);
            written += code - 256;
            next = Math.Min(next + 1, 4096);
        }

        codes.Add(257);
        return LzwBits(codes);
    }

    /// <summary>Codes packed most significant bit first, each as wide as a decoder reads it after the codes before it.</summary>
    public static byte[] LzwBits(IReadOnlyList<int> codes)
    {
        using var output = new MemoryStream();
        var (bits, held, width, next, first) = (0UL, 0, 9, 258, true);
        foreach (var code in codes)
        {
            bits = (bits << width) | (uint)code;
            held += width;
            while (held >= 8)
            {
                output.WriteByte((byte)(bits >> (held - 8)));
                held -= 8;
                bits &= (1UL << held) - 1;
            }

            if (code == 256)
            {
                (width, next, first) = (9, 258, true);
                continue;
            }

            if (!first && next < 4096)
            {
                next++;
            }

            first = false;
            if (next + 1 >= 1 << width && width < 12)
            {
                width++;
            }
        }

        if (held > 0)
        {
            output.WriteByte((byte)(bits << (8 - held)));
        }

        return output.ToArray();
    }

    /// <summary>ASCII85 as PDF writes it (groups of five, 「z」 for four zero bytes, 「~&gt;」 at the end), 75 characters a line.</summary>
    public static byte[] Ascii85(byte[] data)
    {
        var text = new StringBuilder();
        Span<char> group = stackalloc char[5];
        for (var at = 0; at < data.Length; at += 4)
        {
            var n = Math.Min(4, data.Length - at);
            var value = 0UL;
            for (var k = 0; k < 4; k++)
            {
                value = (value << 8) | (k < n ? data[at + k] : 0u);
            }

            if (n == 4 && value == 0)
            {
                text.Append('z');
                continue;
            }

            for (var k = 4; k >= 0; k--)
            {
                group[k] = (char)('!' + (int)(value % 85));
                value /= 85;
            }

            text.Append(group[..(n + 1)]);
        }

        return Encoding.ASCII.GetBytes(text.Append("~>").ToString());
    }

    /// <summary>Arrays nested <paramref name="depth"/> deep in a page's dictionary (PdfPig parses nesting by recursion).</summary>
    public static byte[] NestedArrayPdf(int depth) => Pdf(
        "<</Type/Catalog/Pages 2 0 R>>"u8.ToArray(),
        "<</Type/Pages/Kids[3 0 R]/Count 1>>"u8.ToArray(),
        [.. "<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/X "u8, .. Enumerable.Repeat((byte)'[', depth), .. Enumerable.Repeat((byte)']', depth), .. ">>"u8]);

    /// <summary>
    /// The page of <see cref="NestedArrayPdf"/> kept compressed in an object stream (PDF 1.5), where a scan of the file's
    /// bytes cannot see its nesting; the objects are found through a cross-reference stream.
    /// </summary>
    public static byte[] NestedArrayInObjectStreamPdf(int depth)
    {
        byte[] page = [.. "<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/X "u8, .. Enumerable.Repeat((byte)'[', depth), .. Enumerable.Repeat((byte)']', depth), .. ">>"u8];
        using var zlib = new MemoryStream();
        using (var deflate = new ZLibStream(zlib, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            deflate.Write([.. "3 0 "u8, .. page]);
        }

        using var pdf = new MemoryStream();
        pdf.Write("%PDF-1.5\n"u8);
        var offsets = new long[6];
        void Object(int number, byte[] body)
        {
            offsets[number] = pdf.Position;
            pdf.Write(Ascii($"{number} 0 obj\n"));
            pdf.Write(body);
            pdf.Write("\nendobj\n"u8);
        }

        Object(1, "<</Type/Catalog/Pages 2 0 R>>"u8.ToArray());
        Object(2, "<</Type/Pages/Kids[3 0 R]/Count 1>>"u8.ToArray());
        Object(4, [.. Ascii($"<</Type/ObjStm/N 1/First 4/Filter/FlateDecode/Length {zlib.Length}>>\nstream\n"), .. zlib.ToArray(), .. "\nendstream"u8]);
        offsets[5] = pdf.Position;
        // Rows of the cross-reference stream, /W [1 4 2]: type, offset (or object stream), generation (or index).
        (byte Type, long Field, int Index)[] rows = [(0, 0, 65535), (1, offsets[1], 0), (1, offsets[2], 0), (2, 4, 0), (1, offsets[4], 0), (1, offsets[5], 0)];
        var table = new byte[rows.Length * 7];
        for (var i = 0; i < rows.Length; i++)
        {
            table[i * 7] = rows[i].Type;
            BinaryPrimitives.WriteUInt32BigEndian(table.AsSpan(i * 7 + 1), (uint)rows[i].Field);
            BinaryPrimitives.WriteUInt16BigEndian(table.AsSpan(i * 7 + 5), (ushort)rows[i].Index);
        }

        Object(5, [.. Ascii($"<</Type/XRef/Size 6/W[1 4 2]/Root 1 0 R/Length {table.Length}>>\nstream\n"), .. table, .. "\nendstream"u8]);
        pdf.Write(Ascii($"startxref\n{offsets[5]}\n%%EOF\n"));
        return pdf.ToArray();
    }

    /// <summary>A form XObject that draws itself.</summary>
    public static byte[] SelfDrawingFormPdf() => Pdf(
        "<</Type/Catalog/Pages 2 0 R>>"u8.ToArray(),
        "<</Type/Pages/Kids[3 0 R]/Count 1>>"u8.ToArray(),
        "<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Resources<</XObject<</F 4 0 R>>>>/Contents 5 0 R>>"u8.ToArray(),
        "<</Type/XObject/Subtype/Form/BBox[0 0 10 10]/Resources<</XObject<</F 4 0 R>>>>/Length 5>>\nstream\n/F Do\nendstream"u8.ToArray(),
        "<</Length 5>>\nstream\n/F Do\nendstream"u8.ToArray());

    /// <summary>Word tables nested <paramref name="depth"/> deep, one cell each.</summary>
    public static byte[] NestedTablesDocx(int depth) => Docx(body =>
    {
        body.Write(Repeat("<w:tbl><w:tr><w:tc>", depth));
        body.Write("<w:p><w:r><w:t>x</w:t></w:r></w:p>"u8);
        body.Write(Repeat("</w:tc></w:tr></w:tbl>", depth));
    });

    /// <summary>A docx whose document.xml is <paramref name="megabytes"/> MB of empty paragraphs.</summary>
    public static byte[] EmptyParagraphsDocx(int megabytes) => Docx(body =>
    {
        var block = Repeat("<w:p/>", 1024 * 1024 / 6);
        for (var i = 0; i < megabytes; i++)
        {
            body.Write(block);
        }
    });

    /// <summary>A sheet of <paramref name="rows"/> rows, a number in each.</summary>
    public static byte[] RowsXlsx(int rows) => Xlsx(sheet =>
    {
        var text = new StringBuilder();
        for (var i = 1; i <= rows; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"<row r=\"{i}\"><c r=\"A{i}\"><v>{i}</v></c></row>");
            if (text.Length > 1 << 20 || i == rows)
            {
                sheet.Write(Encoding.UTF8.GetBytes(text.ToString()));
                text.Clear();
            }
        }
    });

    /// <summary>A row numbered 2147483647 followed by a row without a number (once an OverflowException).</summary>
    public static byte[] RowOverflowXlsx() => Xlsx(sheet => sheet.Write(
        "<row r=\"2147483647\"><c t=\"inlineStr\"><is><t>a</t></is></c></row><row><c t=\"inlineStr\"><is><t>b</t></is></c></row>"u8));

    /// <summary>About <paramref name="megabytes"/> MB of markdown table rows.</summary>
    public static byte[] MarkdownRows(int megabytes)
    {
        var row = "| 项目支出 | 100.00 | 200.00 |\n"u8.ToArray();
        using var text = new MemoryStream();
        text.Write("# 部门整体支出绩效自评报告\n\n| 项目 | 预算数 | 执行数 |\n|---|---|---|\n"u8);
        for (var i = 0; i < megabytes * 1024L * 1024 / row.Length; i++)
        {
            text.Write(row);
        }

        return text.ToArray();
    }

    /// <summary>About <paramref name="megabytes"/> MB of text on one line.</summary>
    public static byte[] OneLine(int megabytes) => Repeat("预算执行", megabytes * 1024 * 1024 / 12);

    /// <summary>A PDF of the objects given, numbered from 1 (the first the catalog), with its cross-reference table.</summary>
    public static byte[] Pdf(params byte[][] objects)
    {
        using var pdf = new MemoryStream();
        pdf.Write("%PDF-1.4\n"u8);
        var offsets = new List<long>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Position);
            pdf.Write(Ascii($"{i + 1} 0 obj\n"));
            pdf.Write(objects[i]);
            pdf.Write("\nendobj\n"u8);
        }

        var xref = pdf.Position;
        pdf.Write(Ascii($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n"));
        foreach (var offset in offsets)
        {
            pdf.Write(Ascii($"{offset:D10} 00000 n \n"));
        }

        pdf.Write(Ascii($"trailer\n<</Size {objects.Length + 1}/Root 1 0 R>>\nstartxref\n{xref}\n%%EOF\n"));
        return pdf.ToArray();
    }

    /// <summary>
    /// A zlib stream of <paramref name="megabytes"/> MB of spaces, made without compressing them all: after the first
    /// megabyte, every megabyte of spaces deflates to the same bytes between two flushes, so those bytes are repeated.
    /// The checksum at the end is left out: a reader that stops at its limit never reaches it.
    /// </summary>
    private static byte[] RepeatedDeflate(int megabytes)
    {
        var spaces = new byte[1024 * 1024];
        Array.Fill(spaces, (byte)' ');
        using var output = new MemoryStream();
        using var zlib = new ZLibStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        zlib.Write(spaces);
        zlib.Flush();
        zlib.Write(spaces);
        zlib.Flush();
        var second = output.Length;
        zlib.Write(spaces);
        zlib.Flush();
        var block = output.ToArray()[(int)second..];
        var head = output.ToArray();
        using var result = new MemoryStream();
        result.Write(head);
        for (var i = 3; i < megabytes; i++)
        {
            result.Write(block);
        }

        result.Write([0x03, 0x00]); // an empty final block
        return result.ToArray();
    }

    private static byte[] Docx(Action<Stream> body) => Package(
        [("word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")],
        "word/document.xml",
        ("word/document.xml", stream =>
        {
            stream.Write("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"u8);
            body(stream);
            stream.Write("</w:body></w:document>"u8);
        }));

    private static byte[] Xlsx(Action<Stream> rows) => Package(
        [("xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
         ("xl/worksheets/sheet1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml")],
        "xl/workbook.xml",
        ("xl/workbook.xml", stream => stream.Write(
            "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"自评表\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"u8)),
        ("xl/_rels/workbook.xml.rels", stream => stream.Write(
            "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"u8)),
        ("xl/worksheets/sheet1.xml", stream =>
        {
            stream.Write("<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"u8);
            rows(stream);
            stream.Write("</sheetData></worksheet>"u8);
        }));

    private static byte[] Package((string Part, string Type)[] types, string main, params (string Name, Action<Stream> Write)[] parts)
    {
        using var bytes = new MemoryStream();
        using (var zip = new ZipArchive(bytes, ZipArchiveMode.Create, leaveOpen: true))
        {
            Entry(zip, "[Content_Types].xml", stream => stream.Write(Encoding.UTF8.GetBytes(
                "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + string.Concat(types.Select(type => $"<Override PartName=\"/{type.Part}\" ContentType=\"{type.Type}\"/>")) + "</Types>")));
            Entry(zip, "_rels/.rels", stream => stream.Write(Encoding.UTF8.GetBytes(
                "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"" + main + "\"/></Relationships>")));
            foreach (var (name, write) in parts)
            {
                Entry(zip, name, write);
            }
        }

        return bytes.ToArray();
    }

    private static void Entry(ZipArchive zip, string name, Action<Stream> write)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        write(stream);
    }

    private static byte[] Repeat(string text, int times) => Encoding.UTF8.GetBytes(new StringBuilder(text.Length * times).Insert(0, text, times).ToString());

    private static byte[] Ascii(FormattableString text) => Encoding.ASCII.GetBytes(text.ToString(CultureInfo.InvariantCulture));
}
