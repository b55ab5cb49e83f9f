namespace Jixiao.Bench;

/// <summary>The repository the benchmark runs in, found upwards from the executable and then from the working directory.</summary>
internal static class RepoFiles
{
    private const string Marker = "Jixiao.slnx";

    public static string? FindRoot() => FindAbove(AppContext.BaseDirectory) ?? FindAbove(Directory.GetCurrentDirectory());

    /// <summary>The files matching <paramref name="pattern"/> in each folder, folder by folder and by name within one, so runs see the same order.</summary>
    public static List<string> Files(string root, string pattern, params string[] folders) =>
    [
        .. folders.SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), pattern)
            .Order(StringComparer.Ordinal)),
    ];

    /// <summary>A path relative to the repository, with forward slashes, as the README and the output name files.</summary>
    public static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

    private static string? FindAbove(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, Marker)))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
