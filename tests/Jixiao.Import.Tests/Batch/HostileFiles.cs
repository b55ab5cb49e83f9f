using System.Diagnostics;
using System.IO.Compression;
using System.Text;

namespace Jixiao.Import.Tests.Batch;

/// <summary>Builds what an attacker hands in: pipes, zips whose entries lie about their size or CRC, distinct small documents.</summary>
internal static class HostileFiles
{
    /// <summary>A report (read in full: 已读取) with bytes of its own, so that no two are duplicates.</summary>
    public static string Text(int n) => Report.Value + $"\n（第 {n} 份）\n";

    private static readonly Lazy<string> Report = new(() => File.ReadAllText(Path.Combine(FactsFiles.Corpus, "05_score_hubei_shijian_2024.txt")));

    public static void MakeFifo(string path)
    {
        using var process = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }

    /// <summary>A zip of entries with the given names (UTF-8, flagged) and texts.</summary>
    public static void Zip(string path, params (string Name, string Text)[] entries)
    {
        using var zip = new ZipArchive(File.Create(path), ZipArchiveMode.Create, leaveOpen: false, Encoding.UTF8);
        foreach (var (name, text) in entries)
        {
            using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
            stream.Write(Encoding.UTF8.GetBytes(text));
        }
    }

    /// <summary>
    /// Rewrites the one entry of a zip as it declares itself in both its local header and the central directory:
    /// its CRC-32 and its uncompressed size, while the data stays as it was.
    /// </summary>
    public static void Declare(string path, uint? crc = null, uint? size = null)
    {
        var bytes = File.ReadAllBytes(path);
        Patch(bytes, [0x50, 0x4b, 0x03, 0x04], crcAt: 14, sizeAt: 22, crc, size);
        Patch(bytes, [0x50, 0x4b, 0x01, 0x02], crcAt: 16, sizeAt: 24, crc, size);
        File.WriteAllBytes(path, bytes);
    }

    public static uint CrcOf(string path)
    {
        var bytes = File.ReadAllBytes(path);
        return BitConverter.ToUInt32(bytes, 14);
    }

    private static void Patch(byte[] bytes, byte[] signature, int crcAt, int sizeAt, uint? crc, uint? size)
    {
        var at = bytes.AsSpan().IndexOf(signature);
        Assert.True(at >= 0);
        if (crc is { } c)
        {
            BitConverter.TryWriteBytes(bytes.AsSpan(at + crcAt, 4), c);
        }

        if (size is { } s)
        {
            BitConverter.TryWriteBytes(bytes.AsSpan(at + sizeAt, 4), s);
        }
    }
}
