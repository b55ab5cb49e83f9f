using System.Buffers.Binary;
using System.IO.Compression;
using SkiaSharp;

namespace Jixiao.Render.Charts;

/// <summary>
/// A chart's pixels as a PNG file (8-bit RGB, no filter, deflated at the fastest level). Skia's own encoder spends
/// about ten times as long (it tries every filter at zlib's default level) for a file a third the size; a chart is
/// flat colour, so the fastest deflate keeps it at 20–40 KB. The same pixels give the same bytes.
/// </summary>
internal static class PngFile
{
    private static readonly byte[] s_signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private static readonly uint[] s_crcTable = CrcTable();

    /// <summary>The pixels of an RGBA (8888) pixmap with opaque pixels, as PNG.</summary>
    public static byte[] Encode(SKPixmap pixmap)
    {
        if (pixmap.ColorType != SKColorType.Rgba8888)
        {
            throw new ArgumentException($"expected RGBA 8888 pixels, not {pixmap.ColorType}", nameof(pixmap));
        }

        var width = pixmap.Width;
        var height = pixmap.Height;
        using var output = new MemoryStream();
        output.Write(s_signature);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bits per channel
        header[9] = 2; // colour type: RGB
        Chunk(output, "IHDR", header);

        using var deflated = new MemoryStream();
        using (var zlib = new ZLibStream(deflated, CompressionLevel.Fastest, leaveOpen: true))
        {
            var pixels = pixmap.GetPixelSpan();
            var row = new byte[1 + (width * 3)];
            for (var y = 0; y < height; y++)
            {
                var source = pixels.Slice(y * pixmap.RowBytes, width * 4);
                // Filter type 0 (none), then R, G, B of each pixel; alpha is dropped (charts are drawn opaque).
                for (int x = 0, at = 1; x < width; x++, at += 3)
                {
                    row[at] = source[x * 4];
                    row[at + 1] = source[(x * 4) + 1];
                    row[at + 2] = source[(x * 4) + 2];
                }

                zlib.Write(row);
            }
        }

        Chunk(output, "IDAT", deflated.ToArray());
        Chunk(output, "IEND", []);
        return output.ToArray();
    }

    private static void Chunk(Stream output, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        output.Write(number);
        var typeBytes = System.Text.Encoding.ASCII.GetBytes(type);
        output.Write(typeBytes);
        output.Write(data);
        var crc = Crc(Crc(0xFFFFFFFFu, typeBytes), data) ^ 0xFFFFFFFFu;
        BinaryPrimitives.WriteUInt32BigEndian(number, crc);
        output.Write(number);
    }

    private static uint Crc(uint crc, ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            crc = s_crcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return crc;
    }

    private static uint[] CrcTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
