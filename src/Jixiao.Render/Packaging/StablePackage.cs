using System.IO.Compression;

namespace Jixiao.Render.Packaging;

/// <summary>
/// Office files are zip packages whose entries carry the time they were written. The Open XML SDK writes the
/// package to memory; this copies it to the output with every entry stamped with the render clock's time, so
/// the same input gives the same bytes.
/// </summary>
internal static class StablePackage
{
    /// <summary>The earliest time a zip entry can carry (MS-DOS dates start in 1980).</summary>
    private static readonly DateTimeOffset s_zipEpoch = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Copy(MemoryStream package, Stream output, DateTimeOffset time)
    {
        // Entries keep the local clock's reading of the time, without its offset: the same instant, the same bytes.
        var stamp = new DateTimeOffset(time < s_zipEpoch ? s_zipEpoch.DateTime : time.UtcDateTime, TimeSpan.Zero);
        package.Position = 0;
        using var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in source.Entries)
        {
            var copy = target.CreateEntry(entry.FullName, CompressionLevel.Fastest);
            copy.LastWriteTime = stamp;
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }
    }
}
