using System.Diagnostics;
using System.Text;
using Jixiao.Import.Batch;

namespace Jixiao.Import.Tests.Batch;

/// <summary>
/// `jixiao import` against what an attacker (or an unlucky folder) hands in. Each case checks that nothing is
/// written or replaced outside the output folder, nothing is read outside the input, the run ends, nothing crashes
/// (exit 3), and every file has its row with a reason.
/// </summary>
public sealed class BatchAttackTests
{
    [Theory]
    [InlineData("link-to-folder")]
    [InlineData("link-to-file")]
    [InlineData("fifo")]
    [InlineData("file")]
    public void Import_OutputThatIsNotAPlainFolder_IsRefusedAndLeftAsItWas(string what)
    {
        using var temp = new TempDir();
        var input = Folder(temp, 2);
        var elsewhere = Directory.CreateDirectory(temp.File("elsewhere")).FullName;
        var target = temp.Write("target.txt", "keep me");
        var output = temp.File("out");
        switch (what)
        {
            case "link-to-folder": Directory.CreateSymbolicLink(output, elsewhere); break;
            case "link-to-file": File.CreateSymbolicLink(output, target); break;
            case "fifo": HostileFiles.MakeFifo(output); break;
            default: File.WriteAllText(output, "keep me"); break;
        }

        var before = Snapshot(temp.Path);
        var (exit, printed, error) = InProcess.Run("import", input, "-o", output);

        Assert.Equal(2, exit);
        Assert.Equal("", printed);
        Assert.StartsWith(output + ": ", error, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(temp.Path));
        Assert.Equal(what == "fifo" ? EntryKind.Pipe : what == "file" ? EntryKind.File : EntryKind.Link, FileKinds.Of(output));
    }

    [Fact]
    public void Import_OutputADevice_IsRefused()
    {
        using var temp = new TempDir();
        var (exit, printed, error) = InProcess.Run("import", Folder(temp, 1), "-o", "/dev/null");

        Assert.Equal(2, exit);
        Assert.Equal("", printed);
        Assert.Contains("不是目录", error, StringComparison.Ordinal);
        Assert.Equal(EntryKind.Device, FileKinds.Of("/dev/null"));
    }

    [Fact]
    public void Import_LinksLoopsPipesAndDevicesInTheInput_ListedNeverFollowedNorOpened()
    {
        using var temp = new TempDir();
        var input = Folder(temp, 2);
        var a = Directory.CreateDirectory(Path.Combine(input, "a")).FullName;
        Directory.CreateSymbolicLink(Path.Combine(a, "up"), "..");
        Directory.CreateSymbolicLink(Path.Combine(a, "self"), "../a");
        Directory.CreateSymbolicLink(Path.Combine(input, "etc"), "/etc");
        File.CreateSymbolicLink(Path.Combine(input, "zero.txt"), "/dev/zero");
        HostileFiles.MakeFifo(Path.Combine(input, "pipe.txt"));

        var watch = Stopwatch.StartNew();
        var (exit, printed, error) = InProcess.Run("import", input, "-o", temp.File("out"), "--timeout", "120");

        // An opened pipe or /dev/zero would hold its document to the 120 s limit; two small documents take seconds, or
        // about 17 s with the other test projects' work on the same two cores.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"took {watch.Elapsed}");
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Contains("a/up: 跳过：符号链接", printed, StringComparison.Ordinal);
        Assert.Contains("a/self: 跳过：符号链接", printed, StringComparison.Ordinal);
        Assert.Contains("etc: 跳过：符号链接", printed, StringComparison.Ordinal);
        Assert.Contains("zero.txt: 跳过：符号链接", printed, StringComparison.Ordinal);
        Assert.Contains("pipe.txt: 跳过：命名管道，不是普通文件，未读取", printed, StringComparison.Ordinal);
        Assert.Contains("共 7 个文件：已读取 2，失败 0，跳过 5", printed, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_CollidingNames_EachDocumentKeepsItsOwnJsonAndTheSummaryItsPlace()
    {
        using var temp = new TempDir();
        var zip = temp.File("names.zip");
        string[] names = ["dup.txt", "dup.txt", "a/b.txt", "a\\b.txt", "c:d.txt", "c_d.txt", "E.TXT", "e.txt", "summary.csv/x.txt", "json/x.txt", ".jixiao-import/y.txt"];
        HostileFiles.Zip(zip, [.. names.Select((name, i) => (name, HostileFiles.Text(i)))]);
        var output = temp.File("out");

        var (exit, printed, error) = InProcess.Run("import", zip, "-o", output);

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Contains($"共 {names.Length} 个文件", printed, StringComparison.Ordinal);
        Assert.Equal(names.Length, Directory.GetFiles(Path.Combine(output, "json"), "*.json").Length);
        Assert.Empty(Directory.GetDirectories(Path.Combine(output, "json")));
        Assert.True(File.Exists(Path.Combine(output, "summary.csv")));
        Assert.True(File.Exists(Path.Combine(output, "summary.xlsx")));
        Assert.Equal(names.Length + 1, File.ReadAllLines(Path.Combine(output, "summary.csv")).Length);
    }

    [Fact]
    public void Import_NamesNearTheLengthLimit_AreReadAndLeaveNoTemporaryFile()
    {
        using var temp = new TempDir();
        var input = Directory.CreateDirectory(temp.File("in")).FullName;
        var names = new List<string>();
        for (var bytes = 247; bytes <= 255; bytes++)
        {
            // Chinese characters take 3 bytes; ASCII letters make up the rest.
            var stem = new string('局', (bytes - 4) / 3) + new string('x', (bytes - 4) % 3);
            names.Add(stem + ".txt");
            Assert.Equal(bytes, Encoding.UTF8.GetByteCount(names[^1]));
            File.WriteAllText(Path.Combine(input, names[^1]), HostileFiles.Text(bytes));
        }

        var output = temp.File("out");
        var (exit, printed, _) = InProcess.Run("import", input, "-o", output);

        Assert.Equal(0, exit);
        Assert.Contains($"共 {names.Count} 个文件：已读取 {names.Count}", printed, StringComparison.Ordinal);
        Assert.Equal(names.Count, Directory.GetFiles(Path.Combine(output, "json"), "*.json").Length);
        Assert.Empty(Directory.GetFiles(output, "*.tmp", SearchOption.AllDirectories));
        Assert.All(Directory.GetFiles(Path.Combine(output, "json")), file => Assert.True(Encoding.UTF8.GetByteCount(Path.GetFileName(file)) <= 255));
    }

    [Theory]
    [InlineData("")]
    [InlineData("sub")]
    [InlineData("link")]
    public void Import_OutputInsideTheInput_IsRefusedAndTheInputUntouched(string where)
    {
        using var temp = new TempDir();
        var input = Folder(temp, 2);
        Directory.CreateSymbolicLink(temp.File("link"), input);
        var output = where switch
        {
            "" => input,
            "sub" => Path.Combine(input, "结果"),
            _ => Path.Combine(temp.File("link"), "结果"),
        };
        var before = Snapshot(temp.Path);

        var (exit, printed, error) = InProcess.Run("import", input, "-o", output);

        Assert.Equal(2, exit);
        Assert.Equal("", printed);
        Assert.Contains("输出目录不能在要导入的目录之内", error, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(temp.Path));
    }

    [Fact]
    public void Import_RunTwice_NeverMergesIntoTheEarlierOutput()
    {
        using var temp = new TempDir();
        var input = Folder(temp, 2);

        var first = InProcess.Run("import", input);
        var second = InProcess.Run("import", input);

        Assert.Equal(0, first.Exit);
        Assert.Equal(0, second.Exit);
        Assert.Contains(Path.Combine(input + "-jixiao", "summary.xlsx"), first.Out, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(input + "-jixiao-2", "summary.xlsx"), second.Out, StringComparison.Ordinal);
        Assert.Equal(2, Directory.GetFiles(Path.Combine(input + "-jixiao", "json")).Length);
    }

    [Fact]
    public void Import_NamedOutputHoldingAnEarlierRun_RefusedWithoutForceReplacedWithIt()
    {
        using var temp = new TempDir();
        var input = Folder(temp, 3);
        var output = temp.File("out");
        Assert.Equal(0, InProcess.Run("import", input, "-o", output).Exit);
        File.Delete(Path.Combine(input, "报告1.txt"));

        var again = InProcess.Run("import", input, "-o", output);
        var forced = InProcess.Run("import", input, "-o", output, "--force");

        Assert.Equal(2, again.Exit);
        Assert.Contains("已有上次导入的结果，不会合并", again.Error, StringComparison.Ordinal);
        Assert.Equal(0, forced.Exit);
        Assert.StartsWith($"已删除 {output} 中上次导入的结果", forced.Out, StringComparison.Ordinal);
        Assert.Equal(2, Directory.GetFiles(Path.Combine(output, "json")).Length);
    }

    [Fact]
    public void Import_NamedOutputHoldingOtherFiles_RefusedEvenWithForce()
    {
        using var temp = new TempDir();
        var input = Folder(temp, 1);
        var output = Directory.CreateDirectory(temp.File("out")).FullName;
        File.WriteAllText(Path.Combine(output, "工作底稿.xlsx"), "mine");
        File.WriteAllText(Path.Combine(output, "summary.xlsx"), "mine too");

        var (exit, _, error) = InProcess.Run("import", input, "-o", output, "--force");

        Assert.Equal(2, exit);
        Assert.Contains("不是 Jixiao 导入的输出目录", error, StringComparison.Ordinal);
        Assert.Equal("mine too", File.ReadAllText(Path.Combine(output, "summary.xlsx")));
    }

    [Fact]
    public void Import_ZipEntryInflatingPastItsDeclaredSize_FailsWithTheReason()
    {
        using var temp = new TempDir();
        var zip = temp.File("bomb.zip");
        HostileFiles.Zip(zip, ("报告.txt", string.Concat(Enumerable.Repeat("某某局自评报告。", 2000))), ("另一份.txt", HostileFiles.Text(1)));
        HostileFiles.Declare(zip, size: 100);

        var (exit, printed, _) = InProcess.Run("import", zip, "-o", temp.File("out"));

        Assert.Equal(1, exit);
        // .NET stops inflating at the declared size; the CRC of what is left then tells the cut.
        Assert.Contains("报告.txt: 失败：压缩包中的此文件已损坏或被篡改（解压后的校验值或大小与压缩包的记录不符），未读取", printed, StringComparison.Ordinal);
        Assert.Contains("共 2 个文件：已读取 1", printed, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_ZipEntryWithABadCrc_FailsWithTheReason()
    {
        using var temp = new TempDir();
        var zip = temp.File("crc.zip");
        HostileFiles.Zip(zip, ("报告.txt", string.Concat(Enumerable.Repeat("某某局自评报告。", 200))));
        HostileFiles.Declare(zip, crc: HostileFiles.CrcOf(zip) ^ 0x5A5A5A5A);

        var (exit, printed, _) = InProcess.Run("import", zip, "-o", temp.File("out"));

        Assert.Equal(1, exit);
        Assert.Contains("报告.txt: 失败：压缩包中的此文件已损坏或被篡改", printed, StringComparison.Ordinal);
        Assert.Contains("共 1 个文件：已读取 0", printed, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_ZipEntriesNamedWithDots_AreListedAndWriteNothingOutside()
    {
        using var temp = new TempDir();
        var zip = temp.File("dots.zip");
        HostileFiles.Zip(zip, ("..", "a"), ("...", "b"), ("sub/..", "c"), ("../climb.txt", HostileFiles.Text(1)), ("sub/../../x.txt", HostileFiles.Text(2)));
        var output = temp.File("out");

        var (exit, printed, _) = InProcess.Run("import", zip, "-o", output);

        Assert.Equal(0, exit);
        Assert.Contains("..: 跳过：名称「..」只有点号", printed, StringComparison.Ordinal);
        Assert.Contains("...: 跳过：名称「...」只有点号", printed, StringComparison.Ordinal);
        Assert.Contains("sub/..: 跳过：名称「..」只有点号", printed, StringComparison.Ordinal);
        Assert.Contains("共 5 个文件：已读取 2，失败 0，跳过 3", printed, StringComparison.Ordinal);
        Assert.Equal(["dots.zip", "out"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(2, Directory.GetFiles(Path.Combine(output, "json")).Length);
    }

    [SkippableFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Import_UnreadableSubfolder_IsARowSayingSo()
    {
        using var temp = new TempDir();
        var input = Folder(temp, 2);
        var locked = Directory.CreateDirectory(Path.Combine(input, "锁定")).FullName;
        File.WriteAllText(Path.Combine(locked, "看不到.txt"), HostileFiles.Text(9));
        File.SetUnixFileMode(locked, UnixFileMode.None);
        var output = temp.File("out");
        try
        {
            string printed;
            if (Environment.UserName != "root")
            {
                (_, printed, _) = InProcess.Run("import", input, "-o", output);
            }
            else
            {
                // root reads every folder: run the command as nobody, who may write only the output's parent.
                Skip.IfNot(File.Exists("/usr/sbin/runuser"), "needs runuser to run the import as a user who cannot read the folder");
                var parent = Directory.CreateDirectory(temp.File("writable")).FullName;
                File.SetUnixFileMode(parent, (UnixFileMode)0b111_111_111);
                output = Path.Combine(parent, "out");
                var cli = Path.Combine(AppContext.BaseDirectory, "jixiao.dll");
                var start = new ProcessStartInfo("/usr/sbin/runuser", ["-u", "nobody", "--", "/usr/bin/env", "DOTNET_CLI_HOME=/tmp", "DOTNET_NOLOGO=1", "dotnet", cli, "import", input, "-o", output])
                {
                    RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, StandardOutputEncoding = Encoding.UTF8,
                };
                using var process = Process.Start(start)!;
                printed = process.StandardOutput.ReadToEnd();
                var error = process.StandardError.ReadToEnd();
                process.WaitForExit();
                Skip.If(printed.Length == 0 && !Directory.Exists(output), $"nobody cannot run the built command here: {error}");
            }

            Assert.Contains("锁定/: 失败：无法打开此文件夹（没有读取权限），其中的文件都未读取", printed, StringComparison.Ordinal);
            Assert.Contains("共 3 个文件：已读取 2，失败 1", printed, StringComparison.Ordinal);
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    /// <summary>A folder of <paramref name="count"/> small documents of distinct bytes.</summary>
    private static string Folder(TempDir temp, int count)
    {
        var input = Directory.CreateDirectory(temp.File("in")).FullName;
        for (var i = 1; i <= count; i++)
        {
            File.WriteAllText(Path.Combine(input, $"报告{i}.txt"), HostileFiles.Text(i));
        }

        return input;
    }

    /// <summary>Every entry under a folder with its kind and length, links not followed: to show nothing changed.</summary>
    private static string Snapshot(string folder) => string.Join('\n', Directory
        .EnumerateFileSystemEntries(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
        .Order(StringComparer.Ordinal)
        .Select(path => $"{path} {FileKinds.Of(path)} {(FileKinds.Of(path) == EntryKind.File ? new FileInfo(path).Length : 0)}"));
}
