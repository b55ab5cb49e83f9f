using System.Runtime.InteropServices;

namespace Jixiao.Import.Batch;

/// <summary>
/// What a directory entry is, without following a link and without opening it: opening a named pipe blocks until
/// someone writes to it, and a device such as /dev/zero never ends, so only regular files are ever opened.
/// .NET's file attributes do not tell a pipe or a device from a file; Linux's statx does, with a layout that is the
/// same on every architecture.
/// </summary>
internal static partial class FileKinds
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;
    private const int ModeOffset = 28;

    public static EntryKind Of(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return Fallback(path);
        }

        var buffer = new byte[256];
        try
        {
            if (Statx(AtFdCwd, path, AtSymlinkNoFollow, StatxType, buffer) != 0)
            {
                return Fallback(path);
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return Fallback(path);
        }

        var mode = BitConverter.ToUInt16(buffer, ModeOffset) & 0xF000;
        return mode switch
        {
            0x8000 => EntryKind.File,
            0x4000 => EntryKind.Directory,
            0xA000 => EntryKind.Link,
            0x1000 => EntryKind.Pipe,
            0xC000 => EntryKind.Socket,
            0x2000 or 0x6000 => EntryKind.Device,
            _ => EntryKind.Other,
        };
    }

    private static EntryKind Fallback(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists && !Directory.Exists(path) && info.LinkTarget is null)
        {
            return EntryKind.Missing;
        }

        return info.Attributes.HasFlag(FileAttributes.ReparsePoint) || info.LinkTarget is not null ? EntryKind.Link
            : info.Attributes.HasFlag(FileAttributes.Directory) ? EntryKind.Directory
            : EntryKind.File;
    }

    [LibraryImport("libc.so.6", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static partial int Statx(int directory, string path, int flags, uint mask, [Out] byte[] buffer);
}
