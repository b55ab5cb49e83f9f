namespace Jixiao.Import.Batch;

/// <summary>What a directory entry is, as <see cref="FileKinds"/> tells it.</summary>
internal enum EntryKind
{
    File,
    Directory,
    Link,
    Pipe,
    Socket,
    Device,
    Other,
    Missing,
}
