namespace Jixiao.Storage.Entities;

/// <summary>An uploaded original (a report, a table), stored once by its SHA-256 whatever its name and however often it comes.</summary>
internal sealed class StoredFile
{
    public StoredFile(string sha256, string name, byte[] content, long at)
    {
        Sha256 = sha256;
        Name = name;
        Content = content;
        Length = content.LongLength;
        At = at;
    }

    public long Id { get; private set; }

    /// <summary>Lower-case hex, 64 characters; unique.</summary>
    public string Sha256 { get; private set; }

    /// <summary>The name it first came under (its path inside the imported folder or zip).</summary>
    public string Name { get; private set; }

    public long Length { get; private set; }

    public byte[] Content { get; private set; }

    /// <summary>Milliseconds since 1970-01-01 UTC.</summary>
    public long At { get; private set; }
}
