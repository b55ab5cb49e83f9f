using System.Text;
using System.Text.Json.Nodes;
using Jixiao.Domain.Interchange;

namespace Jixiao.Import.Tests;

/// <summary>
/// Inputs that are not a report, or are one in an awkward form: the extractor never throws, and
/// `jixiao extract` exits 2 with one line naming the file whenever it cannot read it.
/// </summary>
public sealed class BadInputTests
{
    private const string Report = """
        青河县司法局2025年度部门整体支出绩效自评报告

        一、部门概况

        青河县司法局负责全县法治宣传、人民调解和社区矫正工作。2025年末在职人员 36 人，离退休人员 12 人。

        二、部门整体收支情况

        全年预算数 1,286.40 万元，全年执行数 1,250.12 万元，预算执行率 97.18%。
        """;

    private static readonly ExtractionOptions s_options = new();

    private static readonly Encoding s_gb18030 = GetGb18030();

    [Fact]
    public void Extract_EmptyBytes_GivesSparseResultOrProblem()
    {
        var result = ReportExtractor.Extract([], s_options);

        Assert.True(result.Evaluation is not null || result.Problem is not null);
        Assert.Null(result.Evaluation?.Department);
    }

    [Fact]
    public void Extract_EmptyText_GivesSparseResult()
    {
        var result = ReportExtractor.Extract("", s_options);

        Assert.NotNull(result.Evaluation);
        Assert.Null(result.Evaluation.Department);
        Assert.Null(result.Evaluation.Year);
    }

    [Fact]
    public void Extract_BinaryBytes_RefusedAsNotText()
    {
        var result = ReportExtractor.Extract(BinaryBytes(), s_options);

        Assert.Null(result.Evaluation);
        Assert.Contains("不是文本文件", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_50MbOfCjk_RefusedAsTooLarge()
    {
        var result = ReportExtractor.Extract(RandomText.CjkUtf8(seed: 50, 50 * 1024 * 1024), s_options);

        Assert.Null(result.Evaluation);
        Assert.Contains("文件过大", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_8MbOfRandomCjk_Completes()
    {
        var result = ReportExtractor.Extract(RandomText.CjkUtf8(seed: 8, 8 * 1024 * 1024), s_options);

        Assert.Null(result.Problem);
        Assert.NotNull(result.Evaluation);
        Assert.Equal("UTF-8", result.Encoding);
    }

    [Fact]
    public void Extract_8MbOfRandomMixture_Completes()
    {
        // Past the default limit of characters (5 million) and lines, which a caller may raise: the pipeline itself copes.
        var result = ReportExtractor.Extract(RandomText.Mixture(seed: 88, 8 * 1024 * 1024), s_options with { MaxCharacters = 25_000_000 });

        Assert.Null(result.Problem);
        Assert.NotNull(result.Evaluation);
    }

    [Fact]
    public void Extract_PipeTableOf100000Lines_Completes()
    {
        // Six million characters: past the default limit, which a caller may raise.
        var result = ReportExtractor.Extract(RandomText.PipeTable(100_000), s_options with { MaxCharacters = 10_000_000 });

        Assert.Null(result.Problem);
        Assert.NotNull(result.Evaluation);
    }

    [Fact]
    public void Extract_Gb18030Bytes_DecodedAsGb18030LikeUtf8()
    {
        var bytes = s_gb18030.GetBytes(Report);

        var result = ReportExtractor.Extract(bytes, s_options);

        Assert.Equal("GB18030", result.Encoding);
        Assert.Null(result.Problem);
        Assert.Equal(JsonOf(ReportExtractor.Extract(Report, s_options)), JsonOf(result));
    }

    [Fact]
    public void Extract_Gb18030Bytes_ReadsDepartmentAndYear()
    {
        var result = ReportExtractor.Extract(s_gb18030.GetBytes(Report), s_options);

        Assert.Equal("青河县司法局", result.Evaluation?.Department);
        Assert.Equal(2025, result.Evaluation?.Year);
    }

    [Fact]
    public void Extract_Utf8WithBom_SameAsWithout()
    {
        var plain = Encoding.UTF8.GetBytes(Report);

        var result = ReportExtractor.Extract([0xEF, 0xBB, 0xBF, .. plain], s_options);

        Assert.Equal("UTF-8", result.Encoding);
        Assert.Null(result.Problem);
        Assert.Equal(JsonOf(ReportExtractor.Extract(plain, s_options)), JsonOf(result));
    }

    [Fact]
    public void ExtractCommand_EmptyFile_ExitsTwoSayingEmpty()
    {
        using var temp = new TempDir();
        var file = temp.Write("empty.txt", "");

        var (exit, output, error) = InProcess.Run("extract", file);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Equal($"{file}: 文件为空", error.TrimEnd());
    }

    [Fact]
    public void ExtractCommand_BinaryFile_ExitsTwoNamingTheFile()
    {
        using var temp = new TempDir();
        var file = temp.Write("report.txt", BinaryBytes());

        var (exit, output, error) = InProcess.Run("extract", file, "--json");

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.StartsWith($"{file}: 不是文本文件", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ExtractCommand_50MbFile_ExitsTwoAsTooLarge()
    {
        using var temp = new TempDir();
        var file = temp.Write("huge.txt", RandomText.CjkUtf8(seed: 50, 50 * 1024 * 1024));

        var (exit, output, error) = InProcess.Run("extract", file);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.StartsWith($"{file}: 文件过大", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ExtractCommand_MissingFile_ExitsTwo()
    {
        using var temp = new TempDir();
        var file = temp.File("absent.txt");

        var (exit, output, error) = InProcess.Run("extract", file);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Equal($"{file}: 文件不存在", error.TrimEnd());
    }

    [Fact]
    public void ExtractCommand_Directory_ExitsTwo()
    {
        using var temp = new TempDir();

        var (exit, output, error) = InProcess.Run("extract", temp.Path);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Equal($"{temp.Path}: 这是一个目录，请给出文件名（整个目录请用 jixiao import）", error.TrimEnd());
    }

    [Fact]
    public void ExtractCommand_Gb18030File_ReadsDepartmentAndYear()
    {
        using var temp = new TempDir();
        var file = temp.Write("gbk.txt", s_gb18030.GetBytes(Report));

        var (exit, output, error) = InProcess.Run("extract", file, "--json");

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        var json = JsonNode.Parse(output)!;
        Assert.Equal("青河县司法局", json["department"]?.GetValue<string>());
        Assert.Equal(2025, json["year"]?.GetValue<int>());
    }

    [Fact]
    public void ExtractCommand_StandardInput_SameAsFile()
    {
        using var temp = new TempDir();
        var file = temp.Write("report.txt", Report);
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(Report));

        var fromInput = InProcess.RunWithInput(input, "extract", "-", "--json");

        Assert.Equal(0, fromInput.Exit);
        Assert.Equal("", fromInput.Error);
        Assert.Equal(InProcess.Run("extract", file, "--json").Out, fromInput.Out);
    }

    [Fact]
    public void ExtractCommand_EmptyStandardInput_ExitsTwo()
    {
        using var input = new MemoryStream();

        var (exit, output, error) = InProcess.RunWithInput(input, "extract", "-");

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Equal("-: 输入为空", error.TrimEnd());
    }

    [Fact]
    public void ExtractCommand_OutputIntoMissingFolder_ExitsTwoAndWritesNothing()
    {
        using var temp = new TempDir();
        var file = temp.Write("report.txt", Report);
        var target = Path.Combine(temp.Path, "missing", "out.json");

        var (exit, output, error) = InProcess.Run("extract", file, "-o", target);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.StartsWith($"{target}: ", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "missing")));
        Assert.Equal([file], Directory.GetFiles(temp.Path, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void ExtractCommand_Provenance_JsonHasProvenanceObject()
    {
        using var temp = new TempDir();
        var file = temp.Write("report.txt", Report);

        var (exit, output, _) = InProcess.Run("extract", file, "--json", "--provenance");

        Assert.Equal(0, exit);
        Assert.IsType<JsonObject>(JsonNode.Parse(output)!["provenance"]);
    }

    [Fact]
    public void ExtractCommand_WithoutProvenance_JsonHasNone()
    {
        using var temp = new TempDir();
        var file = temp.Write("report.txt", Report);

        var (exit, output, _) = InProcess.Run("extract", file, "--json");

        Assert.Equal(0, exit);
        Assert.False(JsonNode.Parse(output)!.AsObject().ContainsKey("provenance"));
    }

    /// <summary>Random bytes with NULs in them, as a Word or PDF file has.</summary>
    private static byte[] BinaryBytes()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        for (var i = 0; i < bytes.Length; i += 97)
        {
            bytes[i] = 0;
        }

        return bytes;
    }

    private static string JsonOf(ExtractionResult result) => result.Evaluation is { } evaluation ? InterchangeJson.Write(evaluation) : "problem: " + result.Problem;

    private static Encoding GetGb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }
}
