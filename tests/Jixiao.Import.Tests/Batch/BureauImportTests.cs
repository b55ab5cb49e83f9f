using System.Text;
using Jixiao.Import.Documents;
using Jixiao.Import.Tests.Documents.Fixtures;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Jixiao.Import.Tests.Batch;

/// <summary>
/// A county bureau's spring of submissions (fictional departments of the test corpus): a report as .docx and as the
/// PDF printed from it, a cover letter, a 修改稿 and the version it replaced, a copy sent twice, a scanned PDF and a
/// corrupt file. Each file's status and reason, and the grouping into one row per evaluation, are checked.
/// </summary>
public sealed class BureauImportTests
{
    private const string Education = "01_md_sichuan_jiaoyu_2023.txt";
    private const string Market = "05_score_hubei_shijian_2024.txt";

    /// <summary>A white 1×1 PNG: a scanned page as far as the text layer is concerned.</summary>
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC");

    [SkippableFact]
    public void Import_BureauFolder_EachFileItsStatusAndOneRowPerEvaluation()
    {
        Skip.If(Programs.Find("soffice") is null, "needs LibreOffice to print the .docx to PDF (scripts/system-packages.sh installs it)");
        using var temp = new TempDir();
        var input = Directory.CreateDirectory(temp.File("2025年自评材料")).FullName;
        var education = Directory.CreateDirectory(Path.Combine(input, "区教育局")).FullName;
        var market = Directory.CreateDirectory(Path.Combine(input, "区市场监管局")).FullName;
        var justice = Directory.CreateDirectory(Path.Combine(input, "区司法局")).FullName;
        File.WriteAllBytes(Path.Combine(education, "自评报告.docx"), MarkdownDocx.Write(Corpus(Education)));
        Soffice.Convert([Path.Combine(education, "自评报告.docx")], education, TimeSpan.FromMinutes(3));
        File.WriteAllText(Path.Combine(education, "关于报送自评报告的函.txt"),
            "关于报送2023年度部门整体支出绩效自评报告的函\n\n区财政局：\n根据要求，现将我局2023年度部门整体支出绩效自评报告报送你局，请审核。\n\n附件：自评报告\n\n区教育局\n2024年3月1日\n");
        File.WriteAllText(Path.Combine(market, "自评报告.txt"), Corpus(Market));
        File.WriteAllText(Path.Combine(market, "自评报告 - 副本.txt"), Corpus(Market));
        File.WriteAllText(Path.Combine(market, "自评报告（修改稿）.txt"), Corpus(Market).Replace("86.35", "88.35", StringComparison.Ordinal));
        File.WriteAllBytes(Path.Combine(justice, "扫描件.pdf"), ScannedPdf());
        File.WriteAllBytes(Path.Combine(justice, "自评表.docx"), [.. "PK\x03\x04"u8, .. Enumerable.Repeat((byte)7, 500)]);
        var output = temp.File("结果");

        var (exit, printed, error) = InProcess.Run("import", input, "-o", output);

        Assert.Equal("", error);
        Assert.Equal(1, exit); // the corrupt file
        var rows = File.ReadAllLines(Path.Combine(output, "summary.csv")).Skip(1).Select(line => line.Split(',')).ToDictionary(cells => cells[0], cells => (Status: cells[12], Why: cells[13]));
        Assert.Equal(8, rows.Count);
        Assert.Equal("已读取", rows["区教育局/自评报告.docx"].Status);
        Assert.Equal("已读取", rows["区教育局/自评报告.pdf"].Status);
        Assert.Equal("非自评材料", rows["区教育局/关于报送自评报告的函.txt"].Status);
        Assert.Contains("关于报送2023年度部门整体支出绩效自评报告的函", rows["区教育局/关于报送自评报告的函.txt"].Why, StringComparison.Ordinal);
        Assert.Equal("已读取", rows["区市场监管局/自评报告.txt"].Status);
        Assert.Equal("已读取", rows["区市场监管局/自评报告（修改稿）.txt"].Status);
        Assert.Equal(("重复", "与「区市场监管局/自评报告.txt」内容完全相同"), rows["区市场监管局/自评报告 - 副本.txt"]);
        Assert.Equal("未能识别，需人工", rows["区司法局/扫描件.pdf"].Status);
        Assert.Contains("扫描件", rows["区司法局/扫描件.pdf"].Why, StringComparison.Ordinal);
        Assert.Equal("失败", rows["区司法局/自评表.docx"].Status);
        Assert.Contains("注意：「区市场监管局/自评报告（修改稿）.txt」与「区市场监管局/自评报告.txt」的自评得分不同：前者为 88.35 分，后者为 86.35 分", printed, StringComparison.Ordinal);
        Assert.Contains("共 8 个文件：已读取 4，未能识别，需人工 1，非自评材料 1，重复 1，失败 1，跳过 0；2 份自评。", printed, StringComparison.Ordinal);

        var evaluations = SummaryReader.Sheet(Path.Combine(output, "summary.xlsx"), "自评汇总");
        Assert.Equal(2, evaluations.Count);
        var educationRow = evaluations.Single(row => row["部门"] == "四川省岷川市东坝区教育局");
        Assert.Equal(("区教育局/自评报告.docx", "2"), (educationRow["采用的文件"], educationRow["文件数"]));
        Assert.Contains("PDF 是同一报告的打印版", educationRow["说明"], StringComparison.Ordinal);
        var marketRow = evaluations.Single(row => row["部门"] == "荆岚市市场监督管理局");
        Assert.Equal(("区市场监管局/自评报告（修改稿）.txt", "3", "88.35"), (marketRow["采用的文件"], marketRow["文件数"], marketRow["自评得分"]));
        Assert.Contains("采用修改稿", marketRow["说明"], StringComparison.Ordinal);
        Assert.Contains("区市场监管局/自评报告 - 副本.txt（重复）", marketRow["全部文件"], StringComparison.Ordinal);
    }

    private static string Corpus(string name) => File.ReadAllText(Path.Combine(FactsFiles.Corpus, name), Encoding.UTF8);

    private static byte[] ScannedPdf()
    {
        var builder = new PdfDocumentBuilder();
        for (var i = 0; i < 2; i++)
        {
            builder.AddPage(PageSize.A4).AddPng(Png, new PdfRectangle(72, 72, 520, 760));
        }

        return builder.Build();
    }
}
