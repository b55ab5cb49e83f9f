namespace Jixiao.Tests;

/// <summary>Where the repository and the shared seeds are, found from the test assembly's folder.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The real reports, beside the repository (../shared/seeds).</summary>
    public static string Seeds { get; } = Path.GetFullPath(Path.Combine(Root, "..", "shared", "seeds"));

    /// <summary>Real published documents with hand-read keys, beside the repository (../shared/real).</summary>
    public static string Real { get; } = Path.GetFullPath(Path.Combine(Root, "..", "shared", "real"));

    public static string File(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(directory.FullName, "Jixiao.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Jixiao.slnx not found above " + AppContext.BaseDirectory);
    }
}
