namespace Jixiao.Import.Documents;

/// <summary>The programs Jixiao may call (LibreOffice), found on PATH as the shell would find them.</summary>
internal static class Programs
{
    /// <summary>The path of the first of <paramref name="names"/> found in a PATH folder, folder by folder; null when none is installed.</summary>
    public static string? Find(params string[] names) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(directory => names.Select(name => Path.Combine(directory, name)))
            .FirstOrDefault(File.Exists);
}
