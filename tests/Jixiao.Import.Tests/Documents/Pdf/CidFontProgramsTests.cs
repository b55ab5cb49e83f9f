using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using Jixiao.Import.Documents.Pdf;
using Jixiao.Import.Tests.Documents.Bounds;
using UglyToad.PdfPig;

namespace Jixiao.Import.Tests.Documents.Pdf;

/// <summary>
/// Composite (Type 0) fonts whose CID font embeds its program, as AbiWord, wkhtmltopdf and Chromium write them: the
/// program is left out, and every letter keeps its text, place, advance, size and boldness (read from the program's
/// first bytes). The programs are the system's own CJK fonts (scripts/system-packages.sh installs them), taken out of
/// their collections: a TrueType one (WenQuanYi Micro Hei), an OpenType one with CFF outlines and the bare CFF inside
/// it (Noto Sans CJK Bold and Regular).
/// </summary>
public sealed class CidFontProgramsTests
{
    private const string FontsDirectory = "/usr/share/fonts";

    public static TheoryData<string, string, string, bool> Fonts => new()
    {
        { "wqy-microhei.ttc", "FontFile2", "CIDFontType2", false },
        { "NotoSansCJK-Bold.ttc", "FontFile3/OpenType", "CIDFontType0", true },
        { "NotoSansCJK-Regular.ttc", "FontFile3/OpenType", "CIDFontType0", false },
        { "NotoSansCJK-Bold.ttc", "FontFile3/CIDFontType0C", "CIDFontType0", true },
        { "NotoSansCJK-Regular.ttc", "FontFile3/CIDFontType0C", "CIDFontType0", false },
    };

    [Theory]
    [MemberData(nameof(Fonts))]
    public void SkipUnneeded_EmbeddedCidProgram_SameLettersAndBoldness(string collection, string file, string cidType, bool bold)
    {
        var program = Program(collection, file);
        foreach (var flate in new[] { false, true })
        {
            var pdf = CidPdf(program, file, cidType, flate);
            using var full = PdfDocument.Open(pdf);
            using var lean = PdfDocument.Open(pdf);

            var skipped = FontPrograms.SkipUnneeded(lean, lean.NumberOfPages);

            Assert.Equal(1, skipped);
            Assert.Equal(Letters(full), Letters(lean));
            Assert.Equal("预算执行率", string.Concat(lean.GetPage(1).Letters.Select(letter => letter.Value)));
            Assert.All(lean.GetPage(1).Letters, letter => Assert.Equal(bold, letter.FontDetails.IsBold));
        }
    }

    [Theory]
    [MemberData(nameof(Fonts))]
    public void IsBold_SystemFontProgram_AsThePdfLibraryReadsIt(string collection, string file, string cidType, bool bold)
    {
        _ = cidType;
        var program = Program(collection, file);

        Assert.Equal(bold, FontWeight.IsBold(program, flate: false));
        Assert.Equal(bold, FontWeight.IsBold(Deflate(program), flate: true));
    }

    [Fact]
    public void IsBold_NotAFontProgram_Null()
    {
        Assert.Null(FontWeight.IsBold("%!PS-AdobeFont-1.0: Helvetica"u8.ToArray(), flate: false));
        Assert.Null(FontWeight.IsBold(new byte[] { 0, 1, 0, 0, 0, 40 }, flate: false));
        Assert.Null(FontWeight.IsBold("not zlib at all"u8.ToArray(), flate: true));
    }

    [Fact]
    public void SkipUnneeded_VerticalWriting_ProgramKept()
    {
        // Vertical text takes each glyph's position from the program's advances: such a font is read as before.
        var pdf = CidPdf(Program("wqy-microhei.ttc", "FontFile2"), "FontFile2", "CIDFontType2", flate: false, encoding: "Identity-V");
        using var lean = PdfDocument.Open(pdf);

        Assert.Equal(0, FontPrograms.SkipUnneeded(lean, lean.NumberOfPages));
    }

    /// <summary>The font program as a PDF embeds it: the first font of a system collection, whole or its CFF table alone.</summary>
    private static byte[] Program(string collection, string file)
    {
        var path = Directory.EnumerateFiles(FontsDirectory, collection, SearchOption.AllDirectories).FirstOrDefault()
            ?? throw new InvalidOperationException($"{collection} is not installed under {FontsDirectory}: run scripts/system-packages.sh as root");
        var sfnt = FirstFont(File.ReadAllBytes(path));
        return file.EndsWith("CIDFontType0C", StringComparison.Ordinal) ? Table(sfnt, "CFF ") : sfnt;
    }

    /// <summary>A collection's first font as a font file of its own: its table directory and its tables, offsets renumbered.</summary>
    private static byte[] FirstFont(byte[] ttc)
    {
        var start = (int)BinaryPrimitives.ReadUInt32BigEndian(ttc.AsSpan(12));
        var tables = BinaryPrimitives.ReadUInt16BigEndian(ttc.AsSpan(start + 4));
        var header = 12 + (16 * tables);
        using var font = new MemoryStream();
        font.Write(ttc, start, header);
        var records = font.GetBuffer();
        var at = header;
        var data = new List<byte[]>();
        for (var i = 0; i < tables; i++)
        {
            var record = start + 12 + (16 * i);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(ttc.AsSpan(record + 8));
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(ttc.AsSpan(record + 12));
            BinaryPrimitives.WriteUInt32BigEndian(records.AsSpan(12 + (16 * i) + 8), (uint)at);
            var padded = new byte[(length + 3) & ~3];
            Array.Copy(ttc, offset, padded, 0, length);
            data.Add(padded);
            at += padded.Length;
        }

        foreach (var table in data)
        {
            font.Write(table);
        }

        return font.ToArray();
    }

    private static byte[] Table(byte[] sfnt, string tag)
    {
        var tables = BinaryPrimitives.ReadUInt16BigEndian(sfnt.AsSpan(4));
        for (var i = 0; i < tables; i++)
        {
            var record = 12 + (16 * i);
            if (Encoding.ASCII.GetString(sfnt, record, 4) == tag)
            {
                return sfnt.AsSpan((int)BinaryPrimitives.ReadUInt32BigEndian(sfnt.AsSpan(record + 8)), (int)BinaryPrimitives.ReadUInt32BigEndian(sfnt.AsSpan(record + 12))).ToArray();
            }
        }

        throw new InvalidOperationException($"no {tag} table");
    }

    /// <summary>One line of five letters (glyphs 100–104, drawn whatever they are) in a Type 0 font mapped to 预算执行率.</summary>
    private static byte[] CidPdf(byte[] program, string file, string cidType, bool flate, string encoding = "Identity-H")
    {
        const string content = "BT /F1 12 Tf 72 720 Td <00640065006600670068> Tj ET";
        const string map = "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /J def 1 begincodespacerange <0000> <FFFF> endcodespacerange 5 beginbfchar <0064> <9884> <0065> <7B97> <0066> <6267> <0067> <884C> <0068> <7387> endbfchar endcmap CMapName currentdict /CMap defineresource pop end end";
        var (key, subtype) = file.Split('/') is [var name, var sub] ? (name, $"/Subtype/{sub}") : (file, "");
        var embedded = flate ? Deflate(program) : program;
        var stream = Concat(Ascii($"<</Length {embedded.Length}{subtype}{(flate ? "/Filter/FlateDecode" : "")}>>\nstream\n"), embedded, "\nendstream"u8.ToArray());
        return CraftedFiles.Pdf(
            "<</Type/Catalog/Pages 2 0 R>>"u8.ToArray(),
            "<</Type/Pages/Kids[3 0 R]/Count 1>>"u8.ToArray(),
            "<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Resources<</Font<</F1 5 0 R>>>>/Contents 4 0 R>>"u8.ToArray(),
            Ascii($"<</Length {content.Length}>>\nstream\n{content}\nendstream"),
            Ascii($"<</Type/Font/Subtype/Type0/BaseFont/ABCDEF+Test/Encoding/{encoding}/DescendantFonts[6 0 R]/ToUnicode 8 0 R>>"),
            Ascii($"<</Type/Font/Subtype/{cidType}/BaseFont/ABCDEF+Test/CIDSystemInfo<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>/FontDescriptor 7 0 R/DW 1000/W[100[1000 600 1000 500 1000]]{(cidType == "CIDFontType2" ? "/CIDToGIDMap/Identity" : "")}>>"),
            Ascii($"<</Type/FontDescriptor/FontName/ABCDEF+Test/Flags 4/FontBBox[-1000 -300 3000 1200]/ItalicAngle 0/Ascent 880/Descent -120/CapHeight 700/StemV 80/{key} 9 0 R>>"),
            Ascii($"<</Length {map.Length}>>\nstream\n{map}\nendstream"),
            stream);
    }

    private static byte[] Deflate(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            zlib.Write(bytes);
        }

        return output.ToArray();
    }

    private static byte[] Ascii(FormattableString text) => Encoding.ASCII.GetBytes(text.ToString(CultureInfo.InvariantCulture));

    private static byte[] Concat(params byte[][] parts)
    {
        using var all = new MemoryStream();
        foreach (var part in parts)
        {
            all.Write(part);
        }

        return all.ToArray();
    }

    private static List<string> Letters(PdfDocument document) =>
        [.. document.GetPages().SelectMany(page => page.Letters).Select(letter => FormattableString.Invariant(
            $"{letter.Value} {letter.StartBaseLine.X:0.###} {letter.StartBaseLine.Y:0.###} {letter.EndBaseLine.X:0.###} {letter.EndBaseLine.Y:0.###} {letter.PointSize:0.###} {letter.FontDetails?.IsBold}"))];
}
