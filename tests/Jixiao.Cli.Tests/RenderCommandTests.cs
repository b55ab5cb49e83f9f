namespace Jixiao.Cli.Tests;

public sealed class RenderCommandTests
{
    private static readonly string s_sample = RepoPaths.File("samples", "qinghe-justice-2025.json");

    [Theory]
    [InlineData("xlsx", "table")]
    [InlineData("docx", "scores")]
    [InlineData("docx", "report")]
    [InlineData("html", "report")]
    [InlineData("md", "table")]
    public void Render_Sample_WritesTheFile(string format, string what)
    {
        using var folder = new TempDir();
        var target = folder.File("out." + format);

        var (exit, output, error) = InProcess.Run("render", s_sample, "--format", format, "--what", what, "-o", target);

        Assert.Equal("", error);
        Assert.Equal(0, exit);
        Assert.Equal($"已写出 {target}", output.TrimEnd());
        Assert.True(new FileInfo(target).Length > 1000);
    }

    [Fact]
    public void Render_TwiceTheSameFile_SameBytes()
    {
        using var folder = new TempDir();

        InProcess.Run("render", s_sample, "--format", "docx", "--what", "report", "-o", folder.File("a.docx"));
        InProcess.Run("render", s_sample, "--format", "docx", "--what", "report", "-o", folder.File("b.docx"));

        Assert.Equal(File.ReadAllBytes(folder.File("a.docx")), File.ReadAllBytes(folder.File("b.docx")));
    }

    [Fact]
    public void Render_ASeedsText_ExtractsScoresAndRenders()
    {
        using var folder = new TempDir();
        var seed = Directory.GetFiles(RepoPaths.Seeds, "002_*.txt").Single();
        var target = folder.File("002.html");

        var (exit, _, error) = InProcess.Run("render", seed, "--format", "html", "--what", "scores", "-o", target);

        Assert.Equal((0, ""), (exit, error));
        var html = File.ReadAllText(target);
        Assert.Contains("<td>采购合同签订时效性</td>", html, StringComparison.Ordinal);
        Assert.Contains("管理效率合计", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ReportAsXlsx_IsBadInputAndWritesNothing()
    {
        using var folder = new TempDir();
        var target = folder.File("report.xlsx");

        var (exit, _, error) = InProcess.Run("render", s_sample, "--format", "xlsx", "--what", "report", "-o", target);

        Assert.Equal(2, exit);
        Assert.Contains("自评报告不能输出为 xlsx", error, StringComparison.Ordinal);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public void Render_UnknownFormat_IsBadInput()
    {
        var (exit, _, error) = InProcess.Run("render", s_sample, "--format", "pptx");

        Assert.Equal(2, exit);
        Assert.Contains("pptx", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_MissingFile_IsBadInput()
    {
        var (exit, _, error) = InProcess.Run("render", "no-such-file.json", "--format", "xlsx");

        Assert.Equal(2, exit);
        Assert.Equal("no-such-file.json: 文件不存在", error.TrimEnd());
    }
}
