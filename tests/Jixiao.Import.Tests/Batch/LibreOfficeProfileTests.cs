using Jixiao.Import.Documents;

namespace Jixiao.Import.Tests.Batch;

/// <summary>A batch that converts a file with LibreOffice leaves no LibreOffice profile behind in the temporary folder.</summary>
public sealed class LibreOfficeProfileTests
{
    [Fact]
    public void Import_RtfThroughLibreOffice_LeavesNoProfileOfAFinishedProcess()
    {
        using var temp = new TempDir();
        var input = Directory.CreateDirectory(temp.File("reports")).FullName;
        File.WriteAllText(Path.Combine(input, "letter.rtf"), @"{\rtf1\ansi\deff0 {\fonttbl {\f0 Arial;}} \f0 Budget 2025\par}");
        // A profile a killed process left behind: the next process that needs one removes it.
        var left = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"jixiao-lo-{UnusedProcessId()}")).FullName;

        var (_, printed, _) = InProcess.Run("import", input, "-o", temp.File("out"), "--jobs", "1");

        Assert.Contains("共 1 个文件", printed, StringComparison.Ordinal);
        Assert.False(Directory.Exists(left), $"{left} is still there");
        var finished = Directory.EnumerateDirectories(Path.GetTempPath(), "jixiao-lo-*")
            .Where(folder => int.TryParse(Path.GetFileName(folder)["jixiao-lo-".Length..], out var pid) && !LibreOffice.Running(pid)).ToList();
        Assert.Empty(finished);
    }

    private static int UnusedProcessId()
    {
        for (var pid = 4_000_000; ; pid++)
        {
            if (!LibreOffice.Running(pid))
            {
                return pid;
            }
        }
    }
}
