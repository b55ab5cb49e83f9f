using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Jixiao.Domain.Interchange;

namespace Jixiao.Import.Tests.Batch;

/// <summary>
/// `jixiao import` over real folders and zips: every document gets its JSON and a summary row, and each bad file
/// (empty, corrupt, misnamed, encrypted, password-protected, 2 GB, a zip bomb, too slow) gets one line naming it and the reason while the
/// rest of the batch goes on.
/// </summary>
public sealed class ImportCommandTests
{
    private static readonly string[] Reports = ["01_md_sichuan_jiaoyu_2023.txt", "05_score_hubei_shijian_2024.txt"];

    [Fact]
    public void Import_FolderWithBadFiles_ReadsTheGoodOnesAndNamesEachBadOne()
    {
        using var temp = new TempDir();
        var input = Directory.CreateDirectory(temp.File("reports")).FullName;
        CopyReports(input);
        File.WriteAllBytes(Path.Combine(input, "empty.docx"), []);
        File.WriteAllBytes(Path.Combine(input, "corrupt.docx"), [.. "PK\x03\x04"u8, .. Enumerable.Repeat((byte)7, 500)]);
        File.WriteAllBytes(Path.Combine(input, "renamed.pdf"), Encoding.UTF8.GetBytes(new string('\0', 40) + "not a pdf"));
        File.WriteAllBytes(Path.Combine(input, "encrypted.docx"), EncryptedOfficeFile.Build());
        File.Copy(RepoPaths.File("tests", "Jixiao.Import.Tests", "Documents", "Pdf", "Files", "user-password.pdf"), Path.Combine(input, "password.pdf"));
        File.WriteAllText(Path.Combine(input, "photo.jpg"), "x");
        File.WriteAllText(Path.Combine(input, "~$lockfile.docx"), "owner");
        using (var huge = File.Create(Path.Combine(input, "huge.pdf")))
        {
            huge.SetLength(2L * 1024 * 1024 * 1024 + 1); // sparse: 2 GB on paper, nothing on disk
        }

        var output = temp.File("out");
        var (exit, printed, error) = InProcess.Run("import", input, "-o", output);

        Assert.Equal(1, exit);
        Assert.Equal("", error);
        var lines = printed.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, line => line.EndsWith("empty.docx: 失败：文件为空", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("corrupt.docx: 失败：文件已损坏", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("renamed.pdf: 失败：不是有效的 PDF 文件", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("encrypted.docx: 失败：文件设有打开密码", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("password.pdf: 失败：PDF 设有打开密码", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("huge.pdf: 失败：文件过大（2.0 GB）", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("photo.jpg: 跳过：不支持的文件类型（.jpg）", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("~$lockfile.docx: 跳过：Office 打开文件时留下的临时文件", StringComparison.Ordinal));
        Assert.EndsWith("共 10 个文件：已读取 2，失败 6，跳过 2；2 份自评。汇总：" + Path.Combine(output, "summary.xlsx"), lines[^1], StringComparison.Ordinal);
        foreach (var report in Reports)
        {
            var json = InterchangeJson.Read(File.ReadAllText(Path.Combine(output, "json", report + ".json")));
            Assert.NotNull(json.Value?.Budget?.Actual);
        }
    }

    [Fact]
    public void Import_Folder_SummaryHoldsTheFiguresAsNumbers()
    {
        using var temp = new TempDir();
        var input = Directory.CreateDirectory(temp.File("reports")).FullName;
        CopyReports(input);
        var output = temp.File("out");

        var (exit, _, _) = InProcess.Run("import", input, "-o", output);

        Assert.Equal(0, exit);
        var csv = File.ReadAllLines(Path.Combine(output, "summary.csv"));
        Assert.StartsWith("文件,格式,部门,年度,年初预算数(万元)", csv[0].TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains(csv, line => line.StartsWith("05_score_hubei_shijian_2024.txt,文本,荆岚市市场监督管理局,2024,2715.00,2860.00,2502.50,87.50,86.35,良,1,", StringComparison.Ordinal));
        using var workbook = SpreadsheetDocument.Open(Path.Combine(output, "summary.xlsx"), false);
        var part = workbook.WorkbookPart!;
        var sheet = part.Workbook.Descendants<Sheet>().First();
        Assert.Equal("自评汇总", sheet.Name!.Value);
        var rows = ((WorksheetPart)part.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>().ToList();
        Assert.Equal(3, rows.Count);
        var adjusted = rows.SelectMany(row => row.Elements<Cell>()).First(cell => cell.CellValue?.Text == "2860.00");
        Assert.Equal(CellValues.Number, adjusted.DataType!.Value);
    }

    [Fact]
    public void Import_Zip_ReadsEntriesWithChineseNamesAndStopsAZipBomb()
    {
        using var temp = new TempDir();
        var zipPath = temp.File("上报材料.zip");
        using (var zip = new ZipArchive(File.Create(zipPath), ZipArchiveMode.Create, leaveOpen: false, Gbk()))
        {
            var entry = zip.CreateEntry("区教育局/自评报告.txt");
            using (var stream = entry.Open())
            {
                stream.Write(File.ReadAllBytes(Path.Combine(FactsFiles.Corpus, Reports[0])));
            }

            using var bomb = zip.CreateEntry("区教育局/zeros.txt", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 40; i++)
            {
                bomb.Write(zeros);
            }
        }

        var (exit, printed, _) = InProcess.Run("import", zipPath, "--max-zip-mb", "16");

        Assert.Equal(1, exit);
        Assert.Contains("区教育局/自评报告.txt: 已读取（文本，四川省岷川市东坝区教育局，2023", printed, StringComparison.Ordinal);
        Assert.Contains("区教育局/zeros.txt: 失败：展开后 40.0 MB，超过压缩包展开上限 16.0 MB（疑似压缩炸弹），未读取", printed, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(temp.File("上报材料-jixiao"), "json", "区教育局_自评报告.txt.json")));
    }

    [Theory]
    [InlineData("GB18030")]
    [InlineData("utf-8")]
    public void Import_ZipFromWindowsOrLinux_NamesReadAsWritten(string nameBytes)
    {
        using var temp = new TempDir();
        var zipPath = temp.File("上报.zip");
        // Neither Windows (GBK) nor Linux and macOS (UTF-8) zip tools flag the names' encoding: Latin-1 writes the bytes as they are.
        var bytes = nameBytes == "utf-8" ? Encoding.UTF8.GetBytes("区教育局/自评报告.txt") : Gbk().GetBytes("区教育局/自评报告.txt");
        using (var zip = new ZipArchive(File.Create(zipPath), ZipArchiveMode.Create, leaveOpen: false, Encoding.Latin1))
        {
            using var stream = zip.CreateEntry(Encoding.Latin1.GetString(bytes)).Open();
            stream.Write(File.ReadAllBytes(Path.Combine(FactsFiles.Corpus, Reports[0])));
        }

        var (exit, printed, _) = InProcess.Run("import", zipPath);

        Assert.Equal(0, exit);
        Assert.Contains("区教育局/自评报告.txt: 已读取", printed, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_NamesWithControlCharacters_ShownByTheirCodesAndAllRead()
    {
        using var temp = new TempDir();
        var zipPath = temp.File("names.zip");
        using (var zip = new ZipArchive(File.Create(zipPath), ZipArchiveMode.Create, leaveOpen: false, Encoding.UTF8))
        {
            foreach (var (name, report) in new[] { ("区\u0000局.txt", Reports[0]), ("清屏\u001b[2J.txt", Reports[1]) })
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(File.ReadAllBytes(Path.Combine(FactsFiles.Corpus, report)));
            }
        }

        var (exit, printed, _) = InProcess.Run("import", zipPath, "-o", temp.File("out"));

        Assert.Equal(0, exit);
        Assert.Contains("区[U+0000]局.txt: 已读取", printed, StringComparison.Ordinal);
        Assert.Contains("清屏[U+001B][2J.txt: 已读取", printed, StringComparison.Ordinal);
        Assert.DoesNotContain(printed, c => char.IsControl(c) && c is not ('\n' or '\r'));
        Assert.Equal(2, Directory.GetFiles(Path.Combine(temp.File("out"), "json"), "*.txt.json").Length);
    }

    [Fact]
    public void Import_FolderWithSymbolicLinks_ListsThemAndReadsNothingOutside()
    {
        using var temp = new TempDir();
        var input = Directory.CreateDirectory(temp.File("reports")).FullName;
        CopyReports(input);
        var outside = Directory.CreateDirectory(temp.File("elsewhere")).FullName;
        File.Copy(Path.Combine(FactsFiles.Corpus, Reports[0]), Path.Combine(outside, "not-handed-in.txt"));
        var a = Directory.CreateDirectory(Path.Combine(input, "a")).FullName;
        Directory.CreateSymbolicLink(Path.Combine(input, "outside"), outside);
        Directory.CreateSymbolicLink(Path.Combine(a, "up"), input);
        File.CreateSymbolicLink(Path.Combine(input, "linked.txt"), Path.Combine(outside, "not-handed-in.txt"));

        var (exit, printed, _) = InProcess.Run("import", input, "-o", temp.File("out"));

        Assert.Equal(0, exit);
        Assert.DoesNotContain("not-handed-in", printed, StringComparison.Ordinal);
        Assert.Contains("outside: 跳过：符号链接", printed, StringComparison.Ordinal);
        Assert.Contains("a/up: 跳过：符号链接", printed, StringComparison.Ordinal);
        Assert.Contains("linked.txt: 跳过：符号链接", printed, StringComparison.Ordinal);
        Assert.Contains("已读取 2，失败 0，跳过 3", printed, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_DocumentOverTheTimeLimit_IsGivenUpAndTheBatchGoesOn()
    {
        using var temp = new TempDir();
        var input = Directory.CreateDirectory(temp.File("reports")).FullName;
        CopyReports(input);
        // About 20 s of work within the text bounds (45 lines of 110,000 characters), against a limit of 5 s that the two
        // ordinary reports keep many times over even on a busy machine: the workers are warm before any document's clock starts.
        File.WriteAllText(Path.Combine(input, "slow.txt"), string.Join('\n', Enumerable.Repeat(string.Concat(Enumerable.Repeat("2456.19 万元 ", 10_000)), 45)));

        var (exit, printed, _) = InProcess.Run("import", input, "-o", temp.File("out"), "--timeout", "5", "--jobs", "2");

        Assert.Equal(1, exit);
        Assert.Contains("slow.txt: 失败：读取超过 5 秒，已放弃", printed, StringComparison.Ordinal);
        Assert.Contains("共 3 个文件：已读取 2，失败 1，跳过 0", printed, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing", "目录或文件不存在")]
    [InlineData("notazip.zip", "不是可读的 zip 压缩包")]
    public void Import_UnusableInput_ExitsTwoNamingIt(string name, string problem)
    {
        using var temp = new TempDir();
        var input = name == "missing" ? temp.File(name) : temp.Write(name, "plain text");

        var (exit, printed, error) = InProcess.Run("import", input);

        Assert.Equal(2, exit);
        Assert.Equal("", printed);
        Assert.StartsWith($"{input}: {problem}", error, StringComparison.Ordinal);
    }

    private static void CopyReports(string directory)
    {
        foreach (var report in Reports)
        {
            File.Copy(Path.Combine(FactsFiles.Corpus, report), Path.Combine(directory, report));
        }
    }

    private static Encoding Gbk()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }
}
