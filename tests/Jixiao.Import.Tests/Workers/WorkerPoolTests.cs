using Jixiao.Domain.Interchange;
using Jixiao.Import.Tests.Documents.Bounds;
using Jixiao.Import.Workers;

namespace Jixiao.Import.Tests.Workers;

/// <summary>
/// Documents read in `jixiao worker` processes: the same result as in process, and a worker that dies (here a real
/// stack overflow, on a stack made small for the test) costs its document only; the next document gets a new worker.
/// </summary>
public sealed class WorkerPoolTests
{
    private static readonly WorkerStart Start = WorkerStart.Jixiao(AppContext.BaseDirectory);

    private static readonly byte[] Report = File.ReadAllBytes(Path.Combine(FactsFiles.Corpus, "01_md_sichuan_jiaoyu_2023.txt"));

    [Fact]
    public void Import_ReportsAndTables_SameAsInProcess()
    {
        using var pool = new WorkerPool(Start);
        var options = new ExtractionOptions { Provenance = true };
        var docx = CraftedFiles.NestedTablesDocx(30);

        var report = pool.Import(Report, "report.txt", options);
        var tables = pool.Import(docx, "tables.docx", options);

        Assert.Equal(Json(DocumentImporter.Import(Report, "report.txt", options)), Json(report));
        Assert.Equal(Json(DocumentImporter.Import(docx, "tables.docx", options)), Json(tables));
        Assert.Equal(Import.Documents.DocumentKind.Docx, tables.Kind);
    }

    [Fact]
    public void Import_BatchWorkers_SameAsInProcess()
    {
        // A batch's workers run without tiered compilation: the same code, the same results.
        var batch = Start.For(WorkerStart.ManyDocuments * 2, 2);
        using var pool = new WorkerPool(batch);
        var options = new ExtractionOptions { Provenance = true };

        var report = pool.Import(Report, "report.txt", options);

        Assert.True(batch.Batch);
        Assert.Equal(Json(DocumentImporter.Import(Report, "report.txt", options)), Json(report));
    }

    [Theory]
    [InlineData(1, 1, false)]
    [InlineData(WorkerStart.ManyDocuments - 1, 1, false)]
    [InlineData(WorkerStart.ManyDocuments, 1, true)]
    [InlineData(WorkerStart.ManyDocuments * 2 - 1, 2, false)]
    [InlineData(WorkerStart.ManyDocuments * 2, 2, true)]
    [InlineData(WorkerStart.ManyDocuments, 0, true)]
    public void For_ManyDocumentsEach_IsBatch(int documents, int workers, bool batch) =>
        Assert.Equal(batch, Start.For(documents, workers).Batch);

    [Fact]
    public void Import_ProblemOfTheDocument_ToldAsInProcess()
    {
        using var pool = new WorkerPool(Start);

        var result = pool.Import(CraftedFiles.CyclicPdf(), "cycle.pdf", new ExtractionOptions());

        Assert.Null(result.Evaluation);
        Assert.Equal("PDF 第 1 页的资源（Resources）对象引用成环（4 0 R → 5 0 R → 4 0 R），文件已损坏或为恶意构造，未读取", result.Problem);
    }

    [Fact]
    public void Import_StackOverflowInAWorker_CostsThatDocumentOnly()
    {
        using var pool = new WorkerPool(Start with { StackBytes = 64 * 1024 });

        var deep = pool.Import(CraftedFiles.NestedTablesDocx(30), "deep.docx", new ExtractionOptions());
        var next = pool.Import(Report, "report.txt", new ExtractionOptions());

        Assert.Null(deep.Evaluation);
        Assert.Equal("读取时工作进程栈溢出而退出（文件嵌套过深或为恶意构造），已跳过此文件", deep.Problem);
        Assert.NotNull(next.Evaluation);
    }

    [Fact]
    public void Import_CancelledWhileReading_KillsTheWorker()
    {
        using var pool = new WorkerPool(Start);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        var slow = System.Text.Encoding.UTF8.GetBytes(string.Join('\n', Enumerable.Repeat(string.Concat(Enumerable.Repeat("2456.19 万元 ", 10_000)), 40)));

        Assert.Throws<OperationCanceledException>(() => pool.Import(slow, "slow.txt", new ExtractionOptions(), cancellation.Token));
        Assert.NotNull(pool.Import(Report, "report.txt", new ExtractionOptions()).Evaluation);
    }

    private static string Json(ExtractionResult result) => InterchangeJson.Write(result.Evaluation!);
}
