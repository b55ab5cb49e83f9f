using System.IO.Compression;

namespace Jixiao.Import.Documents.Pdf;

/// <summary>
/// The stream filters that expand text streams — Flate, LZW, RunLength, ASCII85, ASCIIHex — decoded within a bound, so
/// that a stream is measured before PdfPig inflates it: LZW turns 12 bits into up to 4 KB, RunLength 2 bytes into 128,
/// and a chain ([/ASCII85Decode /FlateDecode]) is measured stage by stage. Other filters (images' DCT, JPX, CCITT,
/// JBIG2) are not decoded here. A broken stream is decoded as far as it reads, as PdfPig reads it.
/// </summary>
internal static class PdfFilters
{
    public static bool Knows(string filter) => filter is "FlateDecode" or "Fl" or "LZWDecode" or "LZW" or "RunLengthDecode" or "RL"
        or "ASCII85Decode" or "A85" or "ASCIIHexDecode" or "AHx";

    /// <summary>Decodes <paramref name="input"/> with one filter into <paramref name="output"/>, which throws past its bound.</summary>
    public static void Decode(string filter, ReadOnlyMemory<byte> input, int earlyChange, BoundedOutput output)
    {
        switch (filter)
        {
            case "FlateDecode" or "Fl":
                Flate(input, output);
                break;
            case "LZWDecode" or "LZW":
                Lzw(input.Span, earlyChange, output);
                break;
            case "RunLengthDecode" or "RL":
                RunLength(input.Span, output);
                break;
            case "ASCII85Decode" or "A85":
                Ascii85(input.Span, output);
                break;
            case "ASCIIHexDecode" or "AHx":
                AsciiHex(input.Span, output);
                break;
            default:
                throw new ArgumentException($"not a filter decoded here: {filter}", nameof(filter));
        }
    }

    private static void Flate(ReadOnlyMemory<byte> input, BoundedOutput output)
    {
        using var zlib = new ZLibStream(PdfBounds.Bytes(input), CompressionMode.Decompress);
        var buffer = new byte[81920];
        try
        {
            for (var read = zlib.Read(buffer); read > 0; read = zlib.Read(buffer))
            {
                output.Write(buffer.AsSpan(0, read));
            }
        }
        catch (InvalidDataException)
        {
            // A stream zlib cannot read as a whole: PdfPig reads what it can of it, and only that part is counted.
        }
    }

    /// <summary>LZW as PDF writes it: codes of 9 to 12 bits, most significant bit first, 256 clears, 257 ends.</summary>
    private static void Lzw(ReadOnlySpan<byte> input, int earlyChange, BoundedOutput output)
    {
        // Each entry is its prefix entry and its last byte; a code's bytes are written back to front into a scratch buffer.
        var prefix = new int[4096];
        var last = new byte[4096];
        var lengths = new int[4096];
        for (var i = 0; i < 256; i++)
        {
            (prefix[i], last[i], lengths[i]) = (-1, (byte)i, 1);
        }

        var scratch = new byte[4096];
        var (next, width, previous) = (258, 9, -1);
        var (bits, held, at) = (0UL, 0, 0);
        while (true)
        {
            while (held < width && at < input.Length)
            {
                bits = (bits << 8) | input[at++];
                held += 8;
            }

            if (held < width)
            {
                return;
            }

            var code = (int)((bits >> (held - width)) & ((1UL << width) - 1));
            held -= width;
            bits &= (1UL << held) - 1;
            if (code == 256)
            {
                (next, width, previous) = (258, 9, -1);
                continue;
            }

            if (code == 257 || code > next || (code == next && previous < 0))
            {
                return; // the end, or a code no encoder writes: the stream is read this far
            }

            var first = code < next ? FirstByte(code, prefix, last) : FirstByte(previous, prefix, last);
            if (previous >= 0 && next < 4096)
            {
                (prefix[next], last[next], lengths[next]) = (previous, first, lengths[previous] + 1);
                next++;
            }

            var length = lengths[code];
            var c = code;
            for (var k = length - 1; k >= 0; k--)
            {
                scratch[k] = last[c];
                c = prefix[c];
            }

            output.Write(scratch.AsSpan(0, length));
            previous = code;
            if (next + earlyChange >= (1 << width) && width < 12)
            {
                width++;
            }
        }
    }

    private static byte FirstByte(int code, int[] prefix, byte[] last)
    {
        while (prefix[code] >= 0)
        {
            code = prefix[code];
        }

        return last[code];
    }

    private static void RunLength(ReadOnlySpan<byte> input, BoundedOutput output)
    {
        Span<byte> run = stackalloc byte[128];
        for (var at = 0; at < input.Length;)
        {
            int length = input[at++];
            if (length == 128)
            {
                return;
            }

            if (length < 128)
            {
                var count = Math.Min(length + 1, input.Length - at);
                output.Write(input.Slice(at, count));
                at += count;
            }
            else if (at < input.Length)
            {
                run[..(257 - length)].Fill(input[at++]);
                output.Write(run[..(257 - length)]);
            }
        }
    }

    private static void Ascii85(ReadOnlySpan<byte> input, BoundedOutput output)
    {
        Span<byte> group = stackalloc byte[4];
        Span<byte> zeros = stackalloc byte[4];
        var (value, count) = (0L, 0);
        for (var at = 0; at < input.Length; at++)
        {
            var c = input[at];
            if (c == '~')
            {
                break;
            }

            if (c == 'z' && count == 0)
            {
                output.Write(zeros);
                continue;
            }

            if (c is < (byte)'!' or > (byte)'u')
            {
                continue; // white space, or a character no encoder writes
            }

            value = (value * 85) + (c - '!');
            if (++count == 5)
            {
                Word(value, group, 4, output);
                (value, count) = (0, 0);
            }
        }

        if (count > 1)
        {
            for (var pad = count; pad < 5; pad++)
            {
                value = (value * 85) + 84;
            }

            Word(value, group, count - 1, output);
        }
    }

    private static void Word(long value, Span<byte> group, int bytes, BoundedOutput output)
    {
        for (var k = 3; k >= 0; k--)
        {
            group[k] = (byte)(value & 0xff);
            value >>= 8;
        }

        output.Write(group[..bytes]);
    }

    private static void AsciiHex(ReadOnlySpan<byte> input, BoundedOutput output)
    {
        Span<byte> one = stackalloc byte[1];
        var high = -1;
        foreach (var c in input)
        {
            if (c == '>')
            {
                break;
            }

            var digit = c switch
            {
                >= (byte)'0' and <= (byte)'9' => c - '0',
                >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
                >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
                _ => -1,
            };
            if (digit < 0)
            {
                continue;
            }

            if (high < 0)
            {
                high = digit;
            }
            else
            {
                one[0] = (byte)((high << 4) | digit);
                output.Write(one);
                high = -1;
            }
        }

        if (high >= 0)
        {
            one[0] = (byte)(high << 4);
            output.Write(one);
        }
    }
}

/// <summary>Where a filter writes: counted, kept only when asked, and refused past <paramref name="limit"/> bytes.</summary>
internal sealed class BoundedOutput(long limit, bool keep)
{
    private readonly MemoryStream? _kept = keep ? new MemoryStream() : null;

    public long Length { get; private set; }

    public void Write(ReadOnlySpan<byte> bytes)
    {
        Length += bytes.Length;
        if (Length > limit)
        {
            throw new OverLimitException();
        }

        _kept?.Write(bytes);
    }

    /// <summary>What was written, when kept; else empty.</summary>
    public ReadOnlyMemory<byte> Bytes => _kept is null ? ReadOnlyMemory<byte>.Empty : _kept.GetBuffer().AsMemory(0, (int)_kept.Length);

    public sealed class OverLimitException : Exception
    {
        public OverLimitException()
            : base("decoded stream over its limit")
        {
        }
    }
}
