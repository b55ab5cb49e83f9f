using System.IO.Compression;
using System.Text;
using Jixiao.Import.Documents;

namespace Jixiao.Import.Batch;

/// <summary>
/// A zip's entries. Nothing is unpacked to disk: each entry is read into memory when its turn comes, never past the
/// size it declares, and its CRC is checked, so an entry that inflates beyond what it declares (a zip bomb) or whose
/// bytes were damaged fails with the reason instead of being read cut short or wrong.
/// </summary>
public static partial class BatchInput
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

    public static ZipArchive OpenZip(Stream stream) => new(stream, ZipArchiveMode.Read, leaveOpen: false, Encoding.Latin1);

    /// <summary>The entries of a zip, folders left out. The archive stays open until the batch is disposed of with it.</summary>
    public static IReadOnlyList<BatchItem> FromZip(ZipArchive zip, ExtractionOptions options)
    {
        ArgumentNullException.ThrowIfNull(zip);
        ArgumentNullException.ThrowIfNull(options);
        var items = new List<BatchItem>();
        long expanded = 0;
        foreach (var (entry, name) in zip.Entries.Select(entry => (entry, Name: Printable(EntryName(entry).Replace('\\', '/')))).OrderBy(pair => pair.Name, StringComparer.Ordinal))
        {
            if (name.EndsWith('/') && entry.Length == 0)
            {
                continue; // a folder: its files are entries of their own
            }

            if (name.StartsWith("__MACOSX/", StringComparison.Ordinal))
            {
                items.Add(BatchItem.Skipped(name, entry.Length, "macOS 压缩时附带的资源文件，未读取"));
                continue;
            }

            if (expanded + entry.Length > options.MaxExpandedBytes)
            {
                // The entry that would pass the limit is left out; smaller ones after it still fit.
                items.Add(BatchItem.Failed(name, entry.Length,
                    $"展开后 {Sizes.Megabytes(entry.Length)}，超过压缩包展开上限 {Sizes.Megabytes(options.MaxExpandedBytes)}（疑似压缩炸弹），未读取"));
                continue;
            }

            var item = Item(name, entry.Length, options, () => ReadEntry(zip, entry));
            if (item.Read is not null && entry.IsEncrypted)
            {
                item = BatchItem.Failed(name, entry.Length, "压缩包中的此文件设有密码，未读取");
            }

            expanded += item.Read is null ? 0 : entry.Length;
            items.Add(item);
        }

        return items;
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

    /// <summary>Reads an entry, one byte past what it declares at most, under a lock: a zip is read one entry at a time.</summary>
    private static byte[] ReadEntry(ZipArchive zip, ZipArchiveEntry entry)
    {
        lock (zip)
        {
            byte[]? bytes;
            try
            {
                using var stream = entry.Open();
                bytes = ReadBounded(stream, entry.Length);
            }
            catch (InvalidDataException)
            {
                throw new DocumentProblem("压缩包中的此文件已损坏，无法解压");
            }

            if (bytes is null)
            {
                throw new DocumentProblem("压缩包中的此文件展开后比它声明的大小更大（疑似压缩炸弹），未读取");
            }

            if (bytes.LongLength != entry.Length || Crc32.Of(bytes) != entry.Crc32)
            {
                throw new DocumentProblem("压缩包中的此文件已损坏或被篡改（解压后的校验值或大小与压缩包的记录不符），未读取");
            }

            return bytes;
        }
    }
}
