using System.Globalization;

namespace Jixiao.Import.Documents;

/// <summary>File sizes as messages tell them, and the one message for a file over its limit.</summary>
internal static class Sizes
{
    public static string Megabytes(long bytes) => bytes >= 1024L * 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024 * 1024):0.0} GB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.0} MB");

    /// <summary>Over the limit; when both round to the same figure (1.0 GB against 1.0 GB) the bytes are counted exactly.</summary>
    public static string TooLarge(long bytes, long limit) => Megabytes(bytes) == Megabytes(limit)
        ? string.Create(CultureInfo.InvariantCulture, $"文件过大（{bytes:N0} 字节），上限为 {limit:N0} 字节（{Megabytes(limit)}），未读取")
        : $"文件过大（{Megabytes(bytes)}），上限为 {Megabytes(limit)}，未读取";
}
