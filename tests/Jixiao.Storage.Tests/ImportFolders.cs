using Jixiao.Domain.Interchange;

namespace Jixiao.Storage.Tests;

/// <summary>Folders to import, written fresh for each test.</summary>
internal static class ImportFolders
{
    /// <summary>An interchange JSON, a report as text, a broken JSON and a file that is no report.</summary>
    public static TempDir Mixed()
    {
        var folder = new TempDir();
        Directory.CreateDirectory(folder.File("a"));
        Directory.CreateDirectory(folder.File("b"));
        folder.Write("a/qinghe.json", InterchangeJson.Write(Samples.Qinghe));
        File.Copy(RepoPaths.File("tests", "Jixiao.Import.Tests", "Corpus", "01_md_sichuan_jiaoyu_2023.txt"), folder.File("b/report.txt"));
        folder.Write("broken.json", "{ \"kind\": ");
        folder.Write("notes.csv", "a,b\n");
        return folder;
    }

    /// <summary><paramref name="count"/> evaluations of as many fictional departments, one JSON each.</summary>
    public static TempDir Many(int count)
    {
        var folder = new TempDir();
        for (var i = 0; i < count; i++)
        {
            var name = $"测试市第{i:0000}局";
            folder.Write($"{i:0000}.json", InterchangeJson.Write(Samples.Department(name, 2024, actual: 1000m + i)));
        }

        return folder;
    }
}
