using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Jixiao.Import.Documents.Pdf;

/// <summary>
/// Whether an embedded font program says it is bold, read from its first bytes as PdfPig reads it: a TrueType or
/// OpenType program by its <c>head</c> table's macStyle, a bare CFF program by its Top DICT's Weight (Bold, Semibold,
/// Black). Null when the program is of another kind, filtered otherwise than by Flate, or cut short: the font is then
/// left for PdfPig to read whole.
/// </summary>
internal static class FontWeight
{
    /// <summary>
    /// The most of a program read to find its weight: what CFF needs is at its start, but an OpenType font may keep its
    /// head table after its outlines; no stream inflates past this (<see cref="PdfBounds"/> checked them before).
    /// </summary>
    private const int MaxPrefix = (int)PdfBounds.MaxStreamBytes;

    /// <summary>CFF's standard strings 383–390 (the weights among them); other SIDs below 391 are no weight.</summary>
    private static readonly string[] StandardWeights = ["Black", "Bold", "Book", "Light", "Medium", "Regular", "Roman", "Semibold"];

    public static bool? IsBold(ReadOnlyMemory<byte> raw, bool flate)
    {
        using var source = PdfBounds.Bytes(raw);
        using var inflated = flate ? new ZLibStream(source, CompressionMode.Decompress) : null;
        return IsBold(inflated ?? (Stream)source);
    }

    /// <summary>The same from a program's decoded bytes, of which only the first are read.</summary>
    public static bool? IsBold(Stream program)
    {
        try
        {
            var prefix = new Prefix(program);
            if (!prefix.Has(4))
            {
                return null;
            }

            // A CFF header (major 1, minor 0, header size, offset size), as PdfPig tells CFF inside FontFile2 too.
            if (prefix[0] == 1 && prefix[1] == 0 && prefix[2] >= 4 && prefix[3] is >= 1 and <= 4)
            {
                return CffBold(prefix);
            }

            return SfntBold(prefix);
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static bool? SfntBold(Prefix data)
    {
        if (!data.Has(12))
        {
            return null;
        }

        var tables = data.UInt16(4);
        if (!data.Has(12 + (16 * tables)))
        {
            return null;
        }

        for (var i = 0; i < tables; i++)
        {
            var record = 12 + (16 * i);
            if (data[record] == 'h' && data[record + 1] == 'e' && data[record + 2] == 'a' && data[record + 3] == 'd')
            {
                var offset = data.UInt32(record + 8);
                return offset <= MaxPrefix - 46 && data.Has((int)offset + 46) ? (data.UInt16((int)offset + 44) & 1) != 0 : null;
            }
        }

        return null;
    }

    private static bool? CffBold(Prefix data)
    {
        var names = Index(data, data[2]);
        if (names is null)
        {
            return null;
        }

        var topDicts = Index(data, names.Value.End);
        if (topDicts is not { Count: > 0 } top)
        {
            return null;
        }

        var (start, end) = top.Item(data, 0);
        if (Weight(data, start, end) is not { } sid)
        {
            return false;
        }

        string? weight;
        if (sid < 391)
        {
            weight = sid is >= 383 and <= 390 ? StandardWeights[sid - 383] : null;
        }
        else if (Index(data, top.End) is { } strings && sid - 391 < strings.Count)
        {
            var (from, to) = strings.Item(data, sid - 391);
            weight = data.Has(to) ? Encoding.Latin1.GetString(data.Span(from, to - from)) : null;
        }
        else
        {
            return null;
        }

        return weight?.ToLowerInvariant() is "bold" or "semibold" or "black";
    }

    /// <summary>The SID operand of the Weight operator (4) in a DICT, or null when it has none.</summary>
    private static int? Weight(Prefix data, int start, int end)
    {
        if (!data.Has(end))
        {
            return null;
        }

        var operands = new List<int>();
        for (var at = start; at < end;)
        {
            int b = data[at];
            if (b <= 21)
            {
                var op = b == 12 ? 1200 + data[at + 1] : b;
                at += b == 12 ? 2 : 1;
                if (op == 4)
                {
                    return operands.Count > 0 ? operands[^1] : null;
                }

                operands.Clear();
            }
            else if (b == 28)
            {
                operands.Add((short)((data[at + 1] << 8) | data[at + 2]));
                at += 3;
            }
            else if (b == 29)
            {
                operands.Add((int)data.UInt32(at + 1));
                at += 5;
            }
            else if (b == 30)
            {
                // A real: nibbles up to the one that ends it (0xf); never a SID.
                for (at++; at < end && (data[at] & 0x0f) != 0x0f && (data[at] & 0xf0) != 0xf0; at++)
                {
                }

                at++;
                operands.Add(-1);
            }
            else if (b is >= 32 and <= 246)
            {
                operands.Add(b - 139);
                at++;
            }
            else if (b is >= 247 and <= 250)
            {
                operands.Add(((b - 247) * 256) + data[at + 1] + 108);
                at += 2;
            }
            else if (b is >= 251 and <= 254)
            {
                operands.Add((-(b - 251) * 256) - data[at + 1] - 108);
                at += 2;
            }
            else
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>A CFF INDEX at <paramref name="at"/>: its count, where its offsets and data start, and where it ends.</summary>
    private static CffIndex? Index(Prefix data, int at)
    {
        if (!data.Has(at + 2))
        {
            return null;
        }

        var count = data.UInt16(at);
        if (count == 0)
        {
            return new CffIndex(0, 0, at + 2, at + 2);
        }

        if (!data.Has(at + 3))
        {
            return null;
        }

        int size = data[at + 2];
        var offsets = at + 3;
        if (size is < 1 or > 4 || !data.Has(offsets + ((count + 1) * size)))
        {
            return null;
        }

        var index = new CffIndex(count, size, offsets, 0);
        var last = index.Offset(data, count);
        var end = offsets + ((count + 1) * size) - 1 + last;
        return last < 1 || end > MaxPrefix ? null : index with { End = end };
    }

    private readonly record struct CffIndex(int Count, int OffSize, int Offsets, int End)
    {
        public int Offset(Prefix data, int i)
        {
            var value = 0;
            for (var k = 0; k < OffSize; k++)
            {
                value = (value << 8) | data[Offsets + (i * OffSize) + k];
            }

            return value;
        }

        /// <summary>Where item <paramref name="i"/>'s bytes start and end.</summary>
        public (int Start, int End) Item(Prefix data, int i)
        {
            var dataStart = Offsets + ((Count + 1) * OffSize) - 1;
            return (dataStart + Offset(data, i), dataStart + Offset(data, i + 1));
        }
    }

    /// <summary>The first bytes of a stream, read as far as asked (up to <see cref="MaxPrefix"/>).</summary>
    private sealed class Prefix(Stream stream)
    {
        private byte[] _bytes = new byte[4096];
        private int _length;
        private bool _ended;

        public byte this[int i] => Has(i + 1) ? _bytes[i] : (byte)0;

        public bool Has(int count)
        {
            if (count > MaxPrefix || count < 0)
            {
                return false;
            }

            while (_length < count && !_ended)
            {
                if (_bytes.Length < count)
                {
                    Array.Resize(ref _bytes, Math.Min(MaxPrefix, Math.Max(count, _bytes.Length * 2)));
                }

                var read = stream.Read(_bytes, _length, _bytes.Length - _length);
                _ended = read == 0;
                _length += read;
            }

            return _length >= count;
        }

        public int UInt16(int at) => Has(at + 2) ? BinaryPrimitives.ReadUInt16BigEndian(_bytes.AsSpan(at)) : 0;

        public uint UInt32(int at) => Has(at + 4) ? BinaryPrimitives.ReadUInt32BigEndian(_bytes.AsSpan(at)) : 0;

        public ReadOnlySpan<byte> Span(int at, int length) => _bytes.AsSpan(at, length);
    }
}
