using System.Globalization;

namespace Jixiao.Import.Batch;

/// <summary>
/// Where a batch's output goes. A run never merges into another run's output: without -o each run takes a new folder
/// beside its input (名称-jixiao, then 名称-jixiao-2 …); a folder named with -o must be new or empty, or hold only an
/// earlier run's output, which --force replaces (and the command says so). Nothing that is not a plain directory is
/// used (a link, a file, a pipe, a device), and the output never lies inside the folder being imported, which is the
/// bureau's record of what was handed in.
/// </summary>
public static class OutputFolder
{
    /// <summary>The file that marks a folder as a Jixiao import's output, so that --force knows what it may replace.</summary>
    public const string Marker = ".jixiao-import";

    public const string SummaryCsv = "summary.csv";

    public const string SummaryXlsx = "summary.xlsx";

    /// <summary>What an import writes; a folder holding only these is an earlier run's output.</summary>
    private static readonly HashSet<string> Ours = new(StringComparer.Ordinal) { Marker, SummaryCsv, SummaryXlsx, OutputNames.Folder };

    /// <summary>The folder to write to, or why none may be used (nothing is written then).</summary>
    public static OutputChoice Choose(string input, bool inputIsFolder, string? requested, bool force)
    {
        ArgumentNullException.ThrowIfNull(input);
        var inputPath = RealPath(Path.GetFullPath(input));
        if (requested is null)
        {
            var stem = (inputIsFolder ? inputPath.TrimEnd(Path.DirectorySeparatorChar) : Path.ChangeExtension(inputPath, null)) + "-jixiao";
            for (var n = 1; ; n++)
            {
                var candidate = n == 1 ? stem : string.Create(CultureInfo.InvariantCulture, $"{stem}-{n}");
                var state = StateOf(candidate);
                if (state is FolderState.Missing or FolderState.Empty || (force && n == 1 && state == FolderState.EarlierRun))
                {
                    return new OutputChoice(candidate, null, state == FolderState.EarlierRun);
                }
            }
        }

        var full = Path.GetFullPath(requested);
        if (inputIsFolder && Inside(RealPath(full), inputPath))
        {
            return OutputChoice.Refused(full, "输出目录不能在要导入的目录之内（导入的目录是收到的材料，不写入）；请换一个目录，或不加 -o（默认写在输入目录旁）");
        }

        return StateOf(full) switch
        {
            FolderState.Missing or FolderState.Empty => new OutputChoice(full, null, false),
            FolderState.EarlierRun when force => new OutputChoice(full, null, true),
            FolderState.EarlierRun => OutputChoice.Refused(full, "已有上次导入的结果，不会合并；请换一个目录，或加 --force 替换上次的结果"),
            FolderState.Others => OutputChoice.Refused(full, "目录不为空，且不是 Jixiao 导入的输出目录；请给出一个新目录或空目录（--force 也不会删除其中的文件）"),
            FolderState.Link => OutputChoice.Refused(full, "是符号链接；请给出一个真实的目录"),
            _ => OutputChoice.Refused(full, "已存在且不是目录（文件、管道或设备），不会写入；请给出一个目录"),
        };
    }

    /// <summary>Makes the chosen folder ready: an earlier run's output removed (only what an import writes), the marker written.</summary>
    public static void Prepare(OutputChoice choice, string input)
    {
        ArgumentNullException.ThrowIfNull(choice);
        if (choice.ReplacesEarlierRun)
        {
            foreach (var name in Ours)
            {
                var path = Path.Combine(choice.Directory, name);
                if (FileKinds.Of(path) == EntryKind.Directory)
                {
                    Directory.Delete(path, recursive: true);
                }
                else if (File.Exists(path) || FileKinds.Of(path) == EntryKind.Link)
                {
                    File.Delete(path);
                }
            }
        }

        Directory.CreateDirectory(choice.Directory);
        File.WriteAllText(Path.Combine(choice.Directory, Marker),
            string.Create(CultureInfo.InvariantCulture, $"Jixiao import output\ninput: {input}\nstarted: {DateTimeOffset.UtcNow:O}\n"));
    }

    private static FolderState StateOf(string path)
    {
        switch (FileKinds.Of(path.TrimEnd(Path.DirectorySeparatorChar)))
        {
            case EntryKind.Link:
                return FolderState.Link;
            case EntryKind.Directory:
                break;
            case EntryKind.Missing:
                return FolderState.Missing;
            default:
                return FolderState.NotAFolder;
        }

        var names = Directory.EnumerateFileSystemEntries(path).Select(Path.GetFileName).ToList();
        return names.Count == 0 ? FolderState.Empty
            : names.Contains(Marker) && names.All(name => Ours.Contains(name!)) ? FolderState.EarlierRun
            : FolderState.Others;
    }

    private static bool Inside(string path, string folder)
    {
        var root = folder.TrimEnd(Path.DirectorySeparatorChar);
        return path.Equals(root, StringComparison.Ordinal) || path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    /// <summary>A full path with the links along it resolved, as far as it exists.</summary>
    private static string RealPath(string full)
    {
        var root = Path.GetPathRoot(full)!;
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            try
            {
                current = FileKinds.Of(next) == EntryKind.Link ? new FileInfo(next).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? next : next;
            }
            catch (IOException)
            {
                current = next; // a loop of links: it leads nowhere, so nowhere inside the input either
            }
        }

        return current;
    }

    private enum FolderState
    {
        Missing,
        Empty,
        EarlierRun,
        Others,
        Link,
        NotAFolder,
    }
}
