using System.Text;
using Jixiao.Import.Documents;

namespace Jixiao.Import.Batch;

/// <summary>
/// The files of a folder (recursively) or of a zip, in name order, every one of them accounted for: a document to
/// read, or a row saying why it is not read (another type, an Office lock file, a hidden file, a link, a pipe or a
/// device, a folder that cannot be opened, an entry of a zip bomb). Only regular files inside the folder are ever
/// opened: links are listed and not followed (a link out of the folder would read what was not handed in; one back
/// up into it would loop), and pipes and devices are never opened (a pipe blocks; /dev/zero never ends).
/// </summary>
public static partial class BatchInput
{
    /// <summary>Deeper than any bureau's folders; a bound on hostile ones.</summary>
    private const int MaxDepth = 32;

    public static IReadOnlyList<BatchItem> FromDirectory(string directory, ExtractionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var root = Path.GetFullPath(directory);
        var items = new List<BatchItem>();
        Walk(root, root, 0, items, options);
        return [.. items.OrderBy(item => item.Name, StringComparer.Ordinal)];
    }

    private static void Walk(string root, string folder, int depth, List<BatchItem> items, ExtractionOptions options)
    {
        List<string> entries;
        try
        {
            entries = [.. Directory.EnumerateFileSystemEntries(folder, "*",
                new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = false, AttributesToSkip = 0, MatchType = MatchType.Win32 })];
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            items.Add(BatchItem.Failed(Shown(root, folder) + "/", 0, e is UnauthorizedAccessException
                ? "无法打开此文件夹（没有读取权限），其中的文件都未读取"
                : "无法打开此文件夹，其中的文件都未读取"));
            return;
        }

        foreach (var path in entries)
        {
            var name = Shown(root, path);
            var fileName = Path.GetFileName(path);
            switch (FileKinds.Of(path))
            {
                case EntryKind.Directory when fileName.StartsWith('.'):
                    items.Add(BatchItem.Skipped(name + "/", 0, "隐藏文件夹，其中的文件未读取"));
                    break;
                case EntryKind.Directory when depth >= MaxDepth:
                    items.Add(BatchItem.Failed(name + "/", 0, $"文件夹层级超过 {MaxDepth} 层，其中的文件未读取"));
                    break;
                case EntryKind.Directory:
                    Walk(root, path, depth + 1, items, options);
                    break;
                case EntryKind.Link:
                    items.Add(BatchItem.Skipped(name, 0, "符号链接，未读取（只读取文件夹里的文件本身）"));
                    break;
                case EntryKind.Pipe:
                    items.Add(BatchItem.Skipped(name, 0, "命名管道，不是普通文件，未读取"));
                    break;
                case EntryKind.Device:
                    items.Add(BatchItem.Skipped(name, 0, "设备文件，不是普通文件，未读取"));
                    break;
                case EntryKind.File:
                    items.Add(File(name, path, options));
                    break;
                default:
                    items.Add(BatchItem.Skipped(name, 0, "不是普通文件，未读取"));
                    break;
            }
        }
    }

    private static BatchItem File(string name, string path, ExtractionOptions options)
    {
        if (path.Contains('\uFFFD', StringComparison.Ordinal))
        {
            // Linux gives names as bytes; .NET cannot open one whose bytes are not UTF-8 (a GBK name unpacked by unzip).
            return BatchItem.Failed(name, 0, "文件名不是 UTF-8 编码（可能是在 Windows 上压缩后解压的），无法打开；请改名后重新导入，或直接导入原 zip 压缩包");
        }

        long length;
        try
        {
            length = new FileInfo(path).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return BatchItem.Failed(name, 0, "无法读取此文件的信息");
        }

        return Item(name, length, options, () => ReadFile(path, options.MaxFileBytes));
    }

    /// <summary>Reads a regular file, no further than the limit: a file may grow after it was listed.</summary>
    private static byte[] ReadFile(string path, long limit)
    {
        if (FileKinds.Of(path) != EntryKind.File)
        {
            throw new DocumentProblem("文件在导入过程中被替换为链接、管道或设备，未读取");
        }

        try
        {
            using var stream = new FileStream(path, new FileStreamOptions { Mode = FileMode.Open, Access = FileAccess.Read, Share = FileShare.Read, Options = FileOptions.SequentialScan });
            return ReadBounded(stream, limit) ?? throw new DocumentProblem(Sizes.TooLarge(limit + 1, limit));
        }
        catch (UnauthorizedAccessException)
        {
            throw new DocumentProblem("没有读取此文件的权限");
        }
        catch (FileNotFoundException)
        {
            throw new DocumentProblem("文件在导入过程中被移走或删除");
        }
        catch (IOException)
        {
            throw new DocumentProblem("读取文件时出错（磁盘或网络共享）");
        }
    }

    /// <summary>At most <paramref name="limit"/> bytes; null when the stream holds more.</summary>
    internal static byte[]? ReadBounded(Stream stream, long limit)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, limit + 1 - buffer.Length))) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit)
            {
                return null;
            }
        }

        return buffer.ToArray();
    }

    /// <summary>A path under the input as the user knows it: relative, with forward slashes, control characters shown by their codes.</summary>
    private static string Shown(string root, string path) => Printable(Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/'));

    /// <summary>
    /// A name as it may be shown: a control character (a NUL, an escape sequence a name could send to the terminal) is
    /// written as its code (「[U+001B]」), so names stay apart and nothing is sent raw.
    /// </summary>
    public static string Printable(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
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

    internal static BatchItem Item(string name, long length, ExtractionOptions options, Func<byte[]> read)
    {
        var fileName = name[(name.LastIndexOf('/') + 1)..];
        if (LeftOut(fileName) is { } reason)
        {
            return BatchItem.Skipped(name, length, reason);
        }

        var extension = Path.GetExtension(fileName);
        if (extension.Equals(".zip", StringComparison.OrdinalIgnoreCase))
        {
            return BatchItem.Skipped(name, length, "压缩包中的压缩包不展开，请单独导入");
        }

        if (!BatchItem.Readable.Contains(extension))
        {
            return BatchItem.Skipped(name, length, $"不支持的文件类型（{(extension.Length > 1 ? extension : "无扩展名")}）");
        }

        return length > options.MaxFileBytes
            ? BatchItem.Failed(name, length, Sizes.TooLarge(length, options.MaxFileBytes))
            : new BatchItem(name, length, read);
    }

    /// <summary>Why a file is listed but not read although its type might be readable: lock files, hidden files, names that are only dots.</summary>
    private static string? LeftOut(string fileName) =>
        fileName.Trim('.').Length == 0 ? $"名称「{fileName}」只有点号，不是有效的文件名，未读取"
        : fileName.StartsWith("~$", StringComparison.Ordinal) ? "Office 打开文件时留下的临时文件（~$ 开头），未读取"
        : fileName.StartsWith("._", StringComparison.Ordinal) ? "macOS 附带的资源文件（._ 开头），未读取"
        : fileName.StartsWith('.') ? "隐藏文件，未读取"
        : null;
}
