using System.Text;
using Jixiao.Import.Documents.Pdf;

namespace Jixiao.Import.Tests.Documents.Bounds;

/// <summary>The bounded decoders that measure a PDF stream before PdfPig inflates it decode as PDF's filters are defined.</summary>
public sealed class PdfFiltersTests
{
    [Fact]
    public void Decode_LzwExampleOfThePdfReference_Decoded()
    {
        // ISO 32000-1, 7.4.4.2: "-----A---B" is the codes 45 258 258 65 259 66 257, these bytes with EarlyChange 1.
        byte[] example = [0x80, 0x0B, 0x60, 0x50, 0x22, 0x0C, 0x0C, 0x85, 0x01];

        Assert.Equal("-----A---B", Decoded("LZWDecode", example));
        Assert.Equal(example, CraftedFiles.LzwBits([256, 45, 258, 258, 65, 259, 66, 257]));
    }

    [Fact]
    public void Decode_LzwPastEveryCodeWidth_AllBytes()
    {
        // 600,000 zeros take codes up to 4,095: the width grows from 9 bits to 12 on the way.
        var decoded = Bytes("LZWDecode", CraftedFiles.LzwZeros(600_000));

        Assert.InRange(decoded.Length, 600_000, 600_000 + 3_839);
        Assert.All(decoded, b => Assert.Equal(0, b));
    }

    [Fact]
    public void Decode_LzwOfLiteralsAcrossAClear_Text()
    {
        var text = string.Concat(Enumerable.Range(0, 700).Select(i => (char)('a' + (i % 26))));
        var codes = text.Select(c => (int)c).Take(350).Append(256).Concat(text.Skip(350).Select(c => (int)c)).Append(257).ToList();

        Assert.Equal(text, Decoded("LZWDecode", CraftedFiles.LzwBits(codes)));
    }

    [Fact]
    public void Decode_RunLength_LiteralsAndRuns()
    {
        Assert.Equal("abcxxx", Decoded("RunLengthDecode", [2, (byte)'a', (byte)'b', (byte)'c', 254, (byte)'x', 128, (byte)'z']));
    }

    [Fact]
    public void Decode_Ascii85_TextZerosAndPartialGroup()
    {
        Assert.Equal("Jixiao 2025 \0\0\0\0 budget", Decoded("ASCII85Decode", "8niNa@;d8D0JYL.z+C]J(B4Z/~>"u8.ToArray()));
    }

    [Fact]
    public void Decode_Ascii85OfOurEncoder_SameBytes()
    {
        var bytes = new byte[10_001];
        new Random(14).NextBytes(bytes);
        bytes.AsSpan(100, 8).Clear();

        Assert.Equal(bytes, Bytes("ASCII85Decode", CraftedFiles.Ascii85(bytes)));
    }

    [Fact]
    public void Decode_AsciiHex_OddDigitPadded()
    {
        Assert.Equal("Hellop", Decoded("ASCIIHexDecode", "48 65 6C6C\n6F7>"u8.ToArray()));
    }

    [Fact]
    public void Decode_PastTheLimit_Throws()
    {
        var output = new BoundedOutput(1000, keep: false);

        Assert.Throws<BoundedOutput.OverLimitException>(() => PdfFilters.Decode("RunLengthDecode", Enumerable.Repeat<byte[]>([129, 0], 10).SelectMany(pair => pair).ToArray(), 1, output));
        Assert.Equal(1024, output.Length);
    }

    private static string Decoded(string filter, byte[] data) => Encoding.Latin1.GetString(Bytes(filter, data));

    private static byte[] Bytes(string filter, byte[] data)
    {
        var output = new BoundedOutput(100_000_000, keep: true);
        PdfFilters.Decode(filter, data, 1, output);
        return output.Bytes.ToArray();
    }
}
