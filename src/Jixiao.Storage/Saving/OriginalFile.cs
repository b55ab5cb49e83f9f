using System.Security.Cryptography;

namespace Jixiao.Storage.Saving;

/// <summary>An uploaded document's name and bytes, with their SHA-256 (lower-case hex).</summary>
internal sealed record OriginalFile(string Name, byte[] Content)
{
    public string Sha256 { get; } = Hash(Content);

    public static string Hash(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
