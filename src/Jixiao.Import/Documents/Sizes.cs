using System.Globalization;

namespace Jixiao.Import.Documents;

/// <summary>File sizes as messages tell them, and the one message for a file over its limit.</summary>
internal static class Sizes
{
    public static string Megabytes(long bytes) => bytes >= 1024L * 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024 * 1024):0.0} GB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.0} MB");

    public static string TooLarge(long bytes, long limit) => $"文件过大（{Megabytes(bytes)}），上限为 {Megabytes(limit)}，未读取";
}
