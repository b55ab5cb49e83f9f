using Jixiao.Import.Documents;
using Jixiao.Import.Documents.Pdf;
using Jixiao.Import.Tests.Documents.Fixtures;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Jixiao.Import.Tests.Documents.Pdf;

/// <summary>PDFs that cannot be read say why, in words a user can act on, and never crash the import.</summary>
[Collection(ReportDocumentsDefinition.Name)]
public sealed class PdfProblemTests(ReportDocuments documents)
{
    /// <summary>A white 1×1 PNG: a scanned page as far as the text layer is concerned.</summary>
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC");

    [Fact]
    public void Import_ScannedPages_AsksForOcr()
    {
        var result = Import(Built("image", "image"));

        Assert.Equal("此 PDF 共 2 页，没有文字层（可能是扫描件），需要先做文字识别（OCR）再导入", result.Problem);
    }

    [Fact]
    public void Import_MostPagesScanned_NamesThem()
    {
        var result = Import(Built("text", "image", "image"));

        Assert.Equal("此 PDF 共 3 页，其中 2 页没有文字层（可能是扫描件：第 2、3 页），需要先做文字识别（OCR）再导入", result.Problem);
    }

    [Fact]
    public void Read_OneScannedPageOfThree_ReadsTheOthers()
    {
        var text = PdfReader.Read(Built("text", "text", "image"), new ExtractionOptions(), CancellationToken.None).Text;

        Assert.Equal("Budget 2023: 100.00\nBudget 2023: 100.00\n", text);
    }

    [Fact]
    public void Import_FontWithoutUnicode_SaysTheTextLayerCannotBeRead()
    {
        var result = Import(HandMadePdf.PrivateUseLetters());

        Assert.StartsWith("此 PDF 的文字层无法读取：320 个字符没有对应的文字编码", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_UserPassword_SaysItIsEncrypted()
    {
        var result = Import(File.ReadAllBytes(Encrypted("user-password.pdf")));

        Assert.Equal("PDF 设有打开密码（已加密），请去掉密码后再导入", result.Problem);
        Assert.Equal(DocumentKind.Pdf, result.Kind);
    }

    [Theory]
    [InlineData("owner-password-rc4.pdf")]
    [InlineData("owner-password-aes256.pdf")]
    public void Read_OwnerPasswordOnly_Reads(string file)
    {
        var text = PdfReader.Read(File.ReadAllBytes(Encrypted(file)), new ExtractionOptions(), CancellationToken.None).Text;

        Assert.Equal("Budget 2023: 100.00\n", text);
    }

    [Fact]
    public void Import_MorePagesThanAllowed_NamesCountAndLimit()
    {
        var result = DocumentImporter.Import(Built("text", "text", "text"), "report.pdf", new ExtractionOptions { MaxPages = 2 });

        Assert.Equal("PDF 共 3 页，超过上限 2 页，未读取", result.Problem);
    }

    [Fact]
    public void Read_Cancelled_Stops()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => PdfReader.Read(Built("text"), new ExtractionOptions(), cancelled.Token));
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.1)]
    [InlineData(0.01)]
    public void Import_Truncated_SaysItIsBroken(double kept)
    {
        var pdf = documents.Pdf("001_8a8cd6fc1c5a3d32.facts.json");

        var result = Import(pdf[..(int)(pdf.Length * kept)]);

        Assert.Equal("PDF 文件已损坏，打开文件时出错，无法读取（请用原软件重新导出 PDF，或改交 Word 文件）", result.Problem);
    }

    [Fact]
    public void Import_DamagedAnywhere_NeverThrows()
    {
        var pdf = documents.Pdf("001_8a8cd6fc1c5a3d32.facts.json");
        var random = new Random(7);
        for (var i = 0; i < 40; i++)
        {
            var damaged = (byte[])pdf.Clone();
            var at = random.Next(damaged.Length);
            random.NextBytes(damaged.AsSpan(at, Math.Min(200, damaged.Length - at)));

            var result = Import(damaged);

            Assert.True(result.Evaluation is not null || result.Problem!.StartsWith("PDF 文件已损坏", StringComparison.Ordinal), result.Problem);
        }
    }

    private static ExtractionResult Import(byte[] pdf) => DocumentImporter.Import(pdf, "report.pdf", new ExtractionOptions());

    private static string Encrypted(string name) => RepoPaths.File("tests", "Jixiao.Import.Tests", "Documents", "Pdf", "Files", name);

    /// <summary>A PDF whose pages each hold a line of text or only an image.</summary>
    private static byte[] Built(params string[] pages)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var kind in pages)
        {
            var page = builder.AddPage(PageSize.A4);
            if (kind == "text")
            {
                page.AddText("Budget 2023: 100.00", 12, new PdfPoint(72, 720), font);
            }
            else
            {
                page.AddPng(Png, new PdfRectangle(72, 72, 520, 760));
            }
        }

        return builder.Build();
    }
}
