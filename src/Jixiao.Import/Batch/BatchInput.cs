using System.IO.Compression;
using System.IO.Enumeration;
using System.Text;
using Jixiao.Import.Documents;

namespace Jixiao.Import.Batch;

/// <summary>
/// The files of a folder (recursively) or of a zip, in name order. Office lock files (~$报告.docx) and hidden
/// files are left out; other types are listed as skipped, so the summary shows everything that was handed in.
/// A zip is read with care: an entry larger than a file may be, or one that would take the expanded total past
/// the limit, fails with the reason, and no entry is ever read past the size it declares. Symbolic links are listed
/// and not followed: a link out of the folder, or back up into it, would read what was not handed in, or loop.
/// </summary>
public static class BatchInput
{
    /// <summary>
    /// Entries of a zip made on Chinese Windows name their files in GBK, and those made on Linux or macOS in UTF-8, neither
    /// saying so: the names are read byte for byte (Latin-1) and decoded per entry (<see cref="EntryName"/>).
    /// </summary>
    private static readonly Lazy<Encoding> Gbk = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    });

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static IReadOnlyList<BatchItem> FromDirectory(string directory, ExtractionOptions options, string? exclude = null)
    {
        var root = new DirectoryInfo(directory);
        var excluded = exclude is null ? null : Path.GetFullPath(exclude).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var files = new FileSystemEnumerable<(string Path, long Length, bool Link)>(
            root.FullName,
            (ref FileSystemEntry entry) => (entry.ToFullPath(), entry.Length, entry.Attributes.HasFlag(FileAttributes.ReparsePoint)),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System })
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory || entry.Attributes.HasFlag(FileAttributes.ReparsePoint),
            ShouldRecursePredicate = (ref FileSystemEntry entry) => !entry.Attributes.HasFlag(FileAttributes.ReparsePoint),
        };
        return [.. files
            .Where(file => !IsLeftOut(Path.GetFileName(file.Path)) && (excluded is null || !file.Path.StartsWith(excluded, StringComparison.Ordinal)))
            .Select(file => file.Link
                ? BatchItem.Skipped(Printable(Path.GetRelativePath(root.FullName, file.Path)), 0, "符号链接，未读取（只读取文件夹里的文件本身）")
                : Item(Path.GetRelativePath(root.FullName, file.Path), file.Length, options, () => File.ReadAllBytes(file.Path)))
            .OrderBy(item => item.Name, StringComparer.Ordinal)];
    }

    /// <summary>An entry's name: as flagged UTF-8 when so flagged; else its bytes as UTF-8 when they are valid UTF-8, GBK otherwise.</summary>
    private static string EntryName(ZipArchiveEntry entry)
    {
        var name = entry.FullName;
        if (name.Any(c => c > '\u00ff'))
        {
            return name; // the entry said UTF-8, and was read so
        }

        var bytes = Encoding.Latin1.GetBytes(name);
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Gbk.Value.GetString(bytes);
        }
    }

    /// <summary>The entries of a zip. The archive stays open until the batch is disposed of with it.</summary>
    public static IReadOnlyList<BatchItem> FromZip(ZipArchive zip, ExtractionOptions options)
    {
        var items = new List<BatchItem>();
        long expanded = 0;
        foreach (var entry in zip.Entries.Where(entry => entry.Name.Length > 0 && !IsLeftOut(entry.Name)).OrderBy(entry => entry.FullName, StringComparer.Ordinal))
        {
            var name = EntryName(entry).Replace('\\', '/');
            if (expanded + entry.Length > options.MaxExpandedBytes)
            {
                // The entry that would pass the limit is left out; smaller ones after it still fit.
                items.Add(BatchItem.Failed(Printable(name), entry.Length,
                    $"展开后 {Sizes.Megabytes(entry.Length)}，超过压缩包展开上限 {Sizes.Megabytes(options.MaxExpandedBytes)}（疑似压缩炸弹），未读取"));
                continue;
            }

            expanded += entry.Length;
            items.Add(Item(name, entry.Length, options, () => ReadEntry(zip, entry)));
        }

        return items;
    }

    public static ZipArchive OpenZip(Stream stream) => new(stream, ZipArchiveMode.Read, leaveOpen: false, Encoding.Latin1);

    /// <summary>
    /// A name as it may be shown and used for an output file: a control character (a NUL, an escape sequence a name
    /// could send to the terminal) is written as its code (「[U+001B]」), so names stay apart and nothing is sent raw.
    /// </summary>
    public static string Printable(string name)
    {
        if (!name.Any(char.IsControl))
        {
            return name;
        }

        var printable = new StringBuilder(name.Length + 8);
        foreach (var c in name)
        {
            _ = char.IsControl(c) ? printable.Append(System.Globalization.CultureInfo.InvariantCulture, $"[U+{(int)c:X4}]") : printable.Append(c);
        }

        return printable.ToString();
    }

    private static BatchItem Item(string rawName, long length, ExtractionOptions options, Func<byte[]> read)
    {
        var name = Printable(rawName);
        var extension = Path.GetExtension(name);
        if (extension.Equals(".zip", StringComparison.OrdinalIgnoreCase))
        {
            return BatchItem.Skipped(name, length, "压缩包中的压缩包不展开，请单独导入");
        }

        if (!BatchItem.Readable.Contains(extension))
        {
            return BatchItem.Skipped(name, length, $"不支持的文件类型（{(extension.Length > 0 ? extension : "无扩展名")}）");
        }

        return length > options.MaxFileBytes
            ? BatchItem.Failed(name, length, Sizes.TooLarge(length, options.MaxFileBytes))
            : new BatchItem(name, length, read);
    }

    /// <summary>Reads an entry, one byte past what it declares at most, under a lock: a zip is read one entry at a time.</summary>
    private static byte[] ReadEntry(ZipArchive zip, ZipArchiveEntry entry)
    {
        lock (zip)
        {
            using var stream = entry.Open();
            var buffer = new byte[entry.Length + 1];
            var total = 0;
            int read;
            while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0)
            {
                total += read;
            }

            if (total > entry.Length)
            {
                throw new DocumentProblem("压缩包条目展开后比声明的更大（疑似压缩炸弹），未读取");
            }

            return buffer[..total];
        }
    }

    private static bool IsLeftOut(string fileName) => fileName.StartsWith("~$", StringComparison.Ordinal) || fileName.StartsWith('.');
}
