using Jixiao.Import.Batch;

namespace Jixiao.Import.Tests.Batch;

/// <summary>The batch outlives any one document: even a failure nobody foresaw becomes that document's row.</summary>
public sealed class BatchImporterTests
{
    [Fact]
    public async Task RunAsync_DocumentThatCannotBeFetched_IsAFailedRowAndTheOthersAreRead()
    {
        using var temp = new TempDir();
        var report = Path.Combine(FactsFiles.Corpus, "01_md_sichuan_jiaoyu_2023.txt");
        BatchItem[] items =
        [
            new("broken.docx", 10, () => throw new NotSupportedException("the share went away")),
            new("report.txt", new FileInfo(report).Length, () => File.ReadAllBytes(report)),
        ];

        var rows = await BatchImporter.RunAsync(items, temp.Path, new ExtractionOptions(), parallelism: 2);

        Assert.Equal(BatchStatus.Failed, rows[0].Status);
        Assert.Equal("Jixiao 内部错误（请报告此问题，错误类型 NotSupportedException）", rows[0].Problem);
        Assert.Equal(BatchStatus.Read, rows[1].Status);
        Assert.True(File.Exists(Path.Combine(temp.Path, "json", "report.txt.json")));
    }
}
