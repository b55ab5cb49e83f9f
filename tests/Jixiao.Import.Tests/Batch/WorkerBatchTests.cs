using Jixiao.Import.Tests.Documents.Bounds;

namespace Jixiao.Import.Tests.Batch;

/// <summary>
/// `jixiao import` reads each document in a worker process: one that kills its worker costs that document, not the batch;
/// `extract` reads its one document so too, and a document that kills its worker ends in one line, not a crash.
/// </summary>
public sealed class WorkerBatchTests
{
    [Fact]
    public void Import_DocumentThatOverflowsTheStack_OthersReadAndSummaryWritten()
    {
        using var temp = new TempDir();
        var input = Directory.CreateDirectory(temp.File("reports")).FullName;
        File.Copy(Path.Combine(FactsFiles.Corpus, "01_md_sichuan_jiaoyu_2023.txt"), Path.Combine(input, "a.txt"));
        File.WriteAllBytes(Path.Combine(input, "b.docx"), CraftedFiles.NestedTablesDocx(30));
        File.Copy(Path.Combine(FactsFiles.Corpus, "05_score_hubei_shijian_2024.txt"), Path.Combine(input, "c.txt")); // not a.txt's bytes: that would be 重复
        File.WriteAllBytes(Path.Combine(input, "d.pdf"), CraftedFiles.CyclicPdf());

        // A stack of 64 KB: thirty tables inside each other overflow it, as a crafted file past every bound would overflow 16 MB.
        var (exit, printed, _) = InProcess.Run("import", input, "-o", temp.File("out"), "--jobs", "2", "--worker-stack-bytes", "65536");

        Assert.Equal(1, exit);
        Assert.Contains("b.docx: 失败：读取时工作进程栈溢出而退出（文件嵌套过深或为恶意构造），已跳过此文件", printed, StringComparison.Ordinal);
        Assert.Contains("d.pdf: 失败：PDF 第 1 页的资源（Resources）对象引用成环", printed, StringComparison.Ordinal);
        Assert.Contains("共 4 个文件：已读取 2，失败 2，跳过 0", printed, StringComparison.Ordinal);
        Assert.True(File.Exists(temp.File("out/summary.csv")));
        Assert.True(File.Exists(temp.File("out/json/a.txt.json")));
        Assert.True(File.Exists(temp.File("out/json/c.txt.json")));
    }

    [Fact]
    public void Extract_DocumentThatOverflowsTheStack_OneLineAndExit2()
    {
        using var temp = new TempDir();
        var deep = temp.File("深.docx");
        File.WriteAllBytes(deep, CraftedFiles.NestedTablesDocx(30));

        var (exit, printed, errors) = InProcess.Run("extract", deep, "--worker-stack-bytes", "65536");

        Assert.Equal(2, exit);
        Assert.Equal("", printed);
        Assert.Equal($"{deep}: 读取时工作进程栈溢出而退出（文件嵌套过深或为恶意构造），已跳过此文件", errors.Trim());
    }
}
