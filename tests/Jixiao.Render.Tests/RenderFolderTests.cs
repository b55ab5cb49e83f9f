namespace Jixiao.Render.Tests;

/// <summary>`jixiao render DIR`: a folder of interchange JSON (what `jixiao import` writes) renders as a folder, one file each.</summary>
public sealed class RenderFolderTests
{
    [Fact]
    public void Render_FolderWithABadFile_RendersTheOthersAndNamesIt()
    {
        using var input = new TempDir();
        using var output = new TempDir();
        foreach (var sample in Inputs.Samples)
        {
            File.Copy(RepoPaths.File("samples", sample + ".json"), input.File(sample + ".json"));
        }

        input.Write("broken.json", "{ \"kind\": ");

        var (exit, printed, error) = InProcess.Run("render", input.Path, "--format", "docx", "--what", "review", "-o", output.Path);

        Assert.Equal(1, exit);
        Assert.StartsWith(input.File("broken.json") + ": ", error, StringComparison.Ordinal);
        Assert.Contains("1 份未能生成", printed, StringComparison.Ordinal);
        var written = Directory.GetFiles(output.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["beihu-emergency-2025-复核意见书.docx", "qinghe-justice-2025-复核意见书.docx"], written);
        foreach (var file in Directory.GetFiles(output.Path))
        {
            OpenXmlValid.Assert(File.ReadAllBytes(file), RenderFormat.Docx);
        }
    }

    [Fact]
    public void Render_Folder_SameBytesAsOneByOne()
    {
        using var input = new TempDir();
        using var output = new TempDir();
        File.Copy(RepoPaths.File("samples", "qinghe-justice-2025.json"), input.File("qinghe.json"));
        var single = output.File("single.xlsx");

        var (folderExit, _, folderError) = InProcess.Run("render", input.Path, "--format", "xlsx", "-o", output.File("all"));
        var (fileExit, _, fileError) = InProcess.Run("render", input.File("qinghe.json"), "--format", "xlsx", "-o", single);

        Assert.True(folderExit == 0, folderError);
        Assert.True(fileExit == 0, fileError);
        Assert.Equal(File.ReadAllBytes(single), File.ReadAllBytes(Path.Combine(output.File("all"), "qinghe-自评表.xlsx")));
    }

    [Fact]
    public void Render_FolderWithoutJson_IsBadInput()
    {
        using var input = new TempDir();

        var (exit, _, error) = InProcess.Run("render", input.Path, "--format", "md");

        Assert.Equal(2, exit);
        Assert.Contains("没有交换格式 JSON", error, StringComparison.Ordinal);
    }
}
