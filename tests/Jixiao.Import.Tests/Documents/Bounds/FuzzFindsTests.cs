namespace Jixiao.Import.Tests.Documents.Bounds;

/// <summary>
/// What the fuzzer (bench/Jixiao.Fuzz) found, kept as it found it in FuzzFinds/: each file is read to a result, a
/// problem or an evaluation, and never escapes as an exception of ours (which a user sees as 「内部错误」).
/// </summary>
public sealed class FuzzFindsTests
{
    public static TheoryData<string> Finds() =>
        [.. Directory.GetFiles(Folder).Where(file => !file.EndsWith(".md", StringComparison.Ordinal)).Select(file => Path.GetFileName(file)).Order(StringComparer.Ordinal)];

    private static string Folder => RepoPaths.File("tests", "Jixiao.Import.Tests", "Documents", "Bounds", "FuzzFinds");

    [Theory]
    [MemberData(nameof(Finds))]
    public void Import_FuzzerFind_ReadWithoutAnEscapingException(string name)
    {
        var result = DocumentImporter.Import(File.ReadAllBytes(Path.Combine(Folder, name)), name, new ExtractionOptions());

        Assert.True(result.Evaluation is not null || result.Problem is { Length: > 0 }, $"{name}: neither read nor told why");
        Assert.DoesNotContain("内部错误", result.Problem ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void Import_PageBoxOf10To35Points_ReadAsAPage()
    {
        var result = DocumentImporter.Import(File.ReadAllBytes(Path.Combine(Folder, "huge-mediabox.pdf")), "huge-mediabox.pdf", new ExtractionOptions { Provenance = true });

        Assert.Equal(Import.Documents.DocumentKind.Pdf, result.Kind);
        Assert.NotNull(result.Evaluation); // its text read (it has no report in it), not refused
    }
}
