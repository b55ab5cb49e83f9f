using System.Globalization;

namespace Jixiao.Import.Documents.Pdf;

/// <summary>
/// How deep a PDF's arrays and dictionaries nest and how many tokens a content stream holds, counted over the bytes
/// without parsing them (strings, comments and stream data skipped). PdfPig parses nesting by recursion, so
/// <c>[[[[…</c> a hundred thousand deep would overflow the stack; a real file nests a dozen deep.
/// </summary>
internal sealed class PdfSyntaxDepth
{
    public const int MaxDepth = 100;

    private int _depth;

    public long Tokens { get; private set; }

    /// <summary>Counts the bytes of a whole file (skipping stream data) or of a decoded content stream; the problem, or null.</summary>
    public string? Scan(ReadOnlySpan<byte> bytes, bool skipStreams)
    {
        var inToken = false;
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            var delimiter = b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';
            var space = b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t' or (byte)'\f' or 0;
            if (!inToken && !space)
            {
                Tokens++;
            }

            inToken = !space && !delimiter;
            switch (b)
            {
                case (byte)'(':
                    i = SkipString(bytes, i);
                    break;
                case (byte)'%':
                    i = SkipLine(bytes, i);
                    break;
                case (byte)'<' when i + 1 < bytes.Length && bytes[i + 1] == '<':
                case (byte)'[':
                    i += b == '<' ? 1 : 0;
                    if (++_depth > MaxDepth)
                    {
                        return string.Create(CultureInfo.InvariantCulture,
                            $"PDF 的数组或字典嵌套超过 {MaxDepth} 层（在第 {i} 字节处），文件已损坏或为恶意构造，未读取");
                    }

                    break;
                case (byte)'<':
                    var end = bytes[i..].IndexOf((byte)'>');
                    i = end < 0 ? bytes.Length : i + end;
                    break;
                case (byte)'>' when i + 1 < bytes.Length && bytes[i + 1] == '>':
                case (byte)']':
                    i += b == '>' ? 1 : 0;
                    _depth = Math.Max(0, _depth - 1);
                    break;
                case (byte)'s' when skipStreams && IsStreamKeyword(bytes, i):
                    var data = bytes[i..].IndexOf("endstream"u8);
                    i = data < 0 ? bytes.Length : i + data + 8;
                    _depth = 0; // a stream ends its object: what nests inside a stream's data is counted when it is decoded
                    break;
            }
        }

        return null;
    }

    private static bool IsStreamKeyword(ReadOnlySpan<byte> bytes, int i) =>
        bytes[i..].StartsWith("stream"u8) && (i == 0 || !char.IsAsciiLetter((char)bytes[i - 1]))
        && i + 6 < bytes.Length && bytes[i + 6] is (byte)'\r' or (byte)'\n';

    /// <summary>The index of a literal string's closing parenthesis (strings nest balanced parentheses and escape with backslashes).</summary>
    private static int SkipString(ReadOnlySpan<byte> bytes, int i)
    {
        var open = 0;
        for (; i < bytes.Length; i++)
        {
            switch (bytes[i])
            {
                case (byte)'\\':
                    i++;
                    break;
                case (byte)'(':
                    open++;
                    break;
                case (byte)')' when --open == 0:
                    return i;
            }
        }

        return i;
    }

    private static int SkipLine(ReadOnlySpan<byte> bytes, int i)
    {
        var end = bytes[i..].IndexOfAny((byte)'\n', (byte)'\r');
        return end < 0 ? bytes.Length : i + end;
    }
}
