using System.IO.Compression;
using Jixiao.Import;
using Jixiao.Import.Batch;

namespace Jixiao.Storage.Importing;

/// <summary>
/// The files of a folder or zip as the batch import lists them (docs/import.md), plus interchange JSON files
/// (*.json: what `jixiao import` or `jixiao extract -o` wrote, or a hand-made evaluation), which `db import` stores as they are.
/// </summary>
internal static class ImportInput
{
    public static IReadOnlyList<BatchItem> FromDirectory(string directory, ExtractionOptions options) =>
        [.. BatchInput.FromDirectory(directory, options).Select(item => IsJson(item)
            ? JsonItem(item, () => File.ReadAllBytes(Path.Combine(directory, item.Name)), options)
            : item)];

    public static IReadOnlyList<BatchItem> FromZip(ZipArchive zip, ExtractionOptions options) =>
        [.. BatchInput.FromZip(zip, options).Select(item => IsJson(item)
            ? JsonItem(item, () => ReadEntry(zip, item.Name), options)
            : item)];

    public static bool IsJsonName(string name) => name.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    private static bool IsJson(BatchItem item) => item.Status == BatchStatus.Skipped && IsJsonName(item.Name);

    private static BatchItem JsonItem(BatchItem item, Func<byte[]> read, ExtractionOptions options) =>
        item.Length > options.MaxBytes
            ? BatchItem.Failed(item.Name, item.Length, $"交换格式文件过大（{item.Length / 1048576} MB）")
            : new BatchItem(item.Name, item.Length, read);

    private static byte[] ReadEntry(ZipArchive zip, string name)
    {
        lock (zip)
        {
            var entry = zip.Entries.First(entry => entry.FullName.Replace('\\', '/') == name);
            using var stream = entry.Open();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return buffer.ToArray();
        }
    }
}
