using System.Diagnostics;

namespace Jixiao.Import.Tests.Documents.Bounds;

/// <summary>
/// The crafted files of issue 14: each is refused with one line saying what it is and where, before its reader
/// allocates for it; the time and the bytes allocated are measured around the read (allocated bytes bound the peak).
/// </summary>
public sealed class CraftedFilesTests
{
    /// <summary>The most one crafted file may allocate while being refused.</summary>
    private const long MaxAllocated = 1024L * 1024 * 1024;

    /// <summary>A batch's time limit for one document: every crafted file is refused well within it (most in a second; the
    /// million-row sheet, read to its last cell, in seconds, longer on a busy machine).</summary>
    private static readonly TimeSpan MaxTime = new ExtractionOptions().Timeout;

    [Fact]
    public void Import_CyclicPdfReferences_RefusedNotAStackOverflow()
    {
        var problem = Refused(CraftedFiles.CyclicPdf(), "cycle.pdf");

        Assert.Equal("PDF 第 1 页的资源（Resources）对象引用成环（4 0 R → 5 0 R → 4 0 R），文件已损坏或为恶意构造，未读取", problem);
    }

    [Fact]
    public void Import_SelfDrawingForm_Refused()
    {
        var problem = Refused(CraftedFiles.SelfDrawingFormPdf(), "form.pdf");

        Assert.Equal("PDF 第 1 页的表单对象（Form XObject）嵌套超过 16 层或引用自身，文件已损坏或为恶意构造，未读取", problem);
    }

    [Fact]
    public void Import_ArraysNestedDeep_RefusedBeforeParsing()
    {
        var problem = Refused(CraftedFiles.NestedArrayPdf(100_000), "nested.pdf");

        Assert.StartsWith("PDF 的数组或字典嵌套超过 100 层（在第 ", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(100_000)]
    [InlineData(1_000_000)]
    public void Import_ArraysNestedDeepInACompressedObjectStream_RefusedNotAStackOverflow(int depth)
    {
        var pdf = CraftedFiles.NestedArrayInObjectStreamPdf(depth);

        var problem = Refused(pdf, "objstm.pdf");

        Assert.True(pdf.Length < 4096, $"{pdf.Length} bytes");
        Assert.Equal("PDF 文件已损坏，检查文件结构时出错，无法读取（请用原软件重新导出 PDF，或改交 Word 文件）", problem);
    }

    [Fact]
    public void Import_ObjectStreamNestedAsRealFilesNest_Read()
    {
        var problem = Refused(CraftedFiles.NestedArrayInObjectStreamPdf(12), "objstm.pdf");

        // The page is found in its object stream and read: it has no text, which is what is said.
        Assert.StartsWith("此 PDF 共 1 页，没有可读取的文字", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_ContentStreamInflatingTo2GB_RefusedAsABomb()
    {
        var pdf = CraftedFiles.InflatingPdf();

        var problem = Refused(pdf, "inflate.pdf");

        Assert.InRange(pdf.Length, 1_000_000, 3_000_000);
        Assert.Equal("PDF 第 1 页的内容流解压后超过 64.0 MB 的上限（疑似压缩炸弹），未读取", problem);
    }

    [Fact]
    public void Import_LzwContentStreamOf68MB_RefusedAsABomb()
    {
        var pdf = CraftedFiles.LzwPdf();

        var problem = Refused(pdf, "lzw.pdf");

        Assert.InRange(pdf.Length, 10_000, 100_000);
        Assert.Equal("PDF 第 1 页的内容流解压（LZWDecode）后超过 64.0 MB 的上限（疑似压缩炸弹），未读取", problem);
    }

    [Fact]
    public void Import_RunLengthContentStreamOf77MB_RefusedAsABomb()
    {
        var problem = Refused(CraftedFiles.RunLengthPdf(), "runlength.pdf");

        Assert.Equal("PDF 第 1 页的内容流解压（RunLengthDecode）后超过 64.0 MB 的上限（疑似压缩炸弹），未读取", problem);
    }

    [Fact]
    public void Import_FlateBombWrittenInAscii85_RefusedAsABomb()
    {
        var problem = Refused(CraftedFiles.Ascii85FlatePdf(), "ascii85.pdf");

        Assert.Equal("PDF 第 1 页的内容流解压（ASCII85Decode + FlateDecode）后超过 64.0 MB 的上限（疑似压缩炸弹），未读取", problem);
    }

    [Theory]
    [InlineData(30_000)] // once a stack overflow inside the XML loader
    [InlineData(100_000)] // once past 120 s
    public void Import_NestedWordTables_Refused(int depth)
    {
        var problem = Refused(CraftedFiles.NestedTablesDocx(depth), "nested.docx");

        Assert.Equal("部件 /word/document.xml 嵌套超过 128 层（第 1 行，如表格套表格），疑似恶意构造的文件，未读取", problem);
    }

    [Fact]
    public void Import_300MBOfEmptyParagraphs_RefusedByElementCount()
    {
        var docx = CraftedFiles.EmptyParagraphsDocx(300);

        var problem = Refused(docx, "empty.docx");

        Assert.InRange(docx.Length, 100_000, 3_000_000);
        Assert.Equal("部件 /word/document.xml 的元素超过 1000000 个的上限（读到第 1 行时，如大量空段落），疑似恶意构造的文件，未读取", problem);
    }

    [Fact]
    public void Import_RowNumberedPastExcelsLast_RefusedNotAnOverflow()
    {
        var problem = Refused(CraftedFiles.RowOverflowXlsx(), "overflow.xlsx");

        Assert.Equal("工作表「自评表」的行号 2147483647 超出 Excel 的最大行号 1048576，文件已损坏或为恶意构造，未读取", problem);
    }

    [Fact]
    public void Import_SheetOfAMillionRows_Refused()
    {
        var problem = Refused(CraftedFiles.RowsXlsx(1_048_576), "rows.xlsx");

        Assert.Equal("工作簿中有文字的单元格超过 1000000 个的上限（读到工作表「自评表」的 A1000001 时），未读取", problem);
    }

    [Fact]
    public void Import_30MBOfMarkdownRows_Refused()
    {
        var problem = Refused(CraftedFiles.MarkdownRows(30), "rows.md");

        Assert.StartsWith("文档的文字超过 5000000 个字符的上限（已有 ", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_30MBOnOneLine_Refused()
    {
        var problem = Refused(CraftedFiles.OneLine(30), "line.txt");

        Assert.Equal("文档的文字超过 5000000 个字符的上限（已有 10485760 个，疑似恶意构造的文件），未读取", problem);
    }

    [Fact]
    public void Import_LongLineWithinTheSize_RefusedWithItsLine()
    {
        var text = "# 报告\n"u8.ToArray().Concat(CraftedFiles.OneLine(3)).ToArray();

        var problem = Refused(text, "line.txt");

        Assert.Equal("第 2 行长达 1048576 个字符，超过单行 1000000 个字符的上限（疑似恶意构造的文件），未读取", problem);
    }

    /// <summary>Reads a crafted file and returns the problem it was refused with, within the time and memory bounds.</summary>
    private static string Refused(byte[] bytes, string name)
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();

        var result = DocumentImporter.Import(bytes, name, new ExtractionOptions());

        clock.Stop();
        Assert.Null(result.Evaluation);
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, MaxTime);
        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - allocated, 0, MaxAllocated);
        return result.Problem!;
    }
}
