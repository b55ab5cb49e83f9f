using Jixiao.Domain.Model;

namespace Jixiao.Import.Text;

/// <summary>
/// Normalized text that remembers, for each character, the offset in the source it came from,
/// so that a value found in it can say where it was printed. Immutable.
/// <see cref="Value"/> is the text as labels are matched, every script folded (<see cref="Script"/>: 預算 reads 预算,
/// 項(xiàng)目 reads 项目); <see cref="Printed"/> is the same text with its characters in the script they were printed in,
/// inserted pinyin included: what a name or a goal keeps. The two differ only where the printed script did.
/// </summary>
internal sealed partial class SourceString
{
    private readonly int[] _origin;

    /// <summary>The printed text when it differs from <see cref="Value"/>; null when the same (most text).</summary>
    private readonly string? _printed;

    /// <summary>With <see cref="_printed"/>: where each character's printed form starts, and its end (Length + 1 entries).</summary>
    private readonly int[]? _printedStarts;

    public SourceString(string value, int[] origin)
        : this(value, origin, null, null)
    {
    }

    /// <summary>Text whose character <c>i</c> was printed as <c>printed[printedStarts[i]..printedStarts[i + 1]]</c>.</summary>
    public SourceString(string value, int[] origin, string? printed, int[]? printedStarts)
    {
        if (value.Length != origin.Length)
        {
            throw new ArgumentException("one origin per character", nameof(origin));
        }

        if (printed is not null && (printedStarts is null || printedStarts.Length != value.Length + 1 || printedStarts[0] != 0 || printedStarts[^1] != printed.Length))
        {
            throw new ArgumentException("one printed start per character, and the end", nameof(printedStarts));
        }

        Value = value;
        _origin = origin;
        if (printed is not null && printed != value)
        {
            _printed = printed;
            _printedStarts = printedStarts;
        }
    }

    public static SourceString Empty { get; } = new("", []);

    public string Value { get; }

    /// <summary>The text in the script it was printed in (traditional characters, inserted pinyin kept; radicals folded).</summary>
    public string Printed => _printed ?? Value;

    public int Length => Value.Length;

    public char this[int index] => Value[index];

    public int OriginOf(int index) => _origin[index];

    public SourceString Slice(int start, int length)
    {
        if (start == 0 && length == Length)
        {
            return this;
        }

        var value = Value.Substring(start, length);
        var origin = _origin.AsSpan(start, length).ToArray();
        if (_printed is null)
        {
            return new SourceString(value, origin);
        }

        var from = _printedStarts![start];
        var starts = new int[length + 1];
        for (var i = 0; i <= length; i++)
        {
            starts[i] = _printedStarts[start + i] - from;
        }

        return new SourceString(value, origin, _printed[from.._printedStarts[start + length]], starts);
    }

    public SourceString Slice(int start) => Slice(start, Length - start);

    public SourceString Trim()
    {
        var start = 0;
        var end = Length;
        while (start < end && IsBlank(Value[start]))
        {
            start++;
        }

        while (end > start && IsBlank(Value[end - 1]))
        {
            end--;
        }

        return Slice(start, end - start);
    }

    public static SourceString Concat(IReadOnlyList<SourceString> parts, string separator = "")
    {
        var parts2 = parts.Where(part => part.Length > 0).ToList();
        if (parts2.Count == 1)
        {
            return parts2[0];
        }

        var value = string.Join(separator, parts2.Select(part => part.Value));
        var origin = new int[value.Length];
        var at = 0;
        foreach (var part in parts2)
        {
            if (at > 0)
            {
                // A separator points at the character before it: it was not printed.
                for (var i = 0; i < separator.Length; i++)
                {
                    origin[at + i] = origin[at - 1];
                }

                at += separator.Length;
            }

            part._origin.CopyTo(origin, at);
            at += part.Length;
        }

        return parts2.All(part => part._printed is null) ? new SourceString(value, origin) : ConcatPrinted(parts2, separator, value, origin);
    }

    /// <summary>Where characters [start, start + length) were printed.</summary>
    public Source Locate(SourceText source, int start, int length, string? cell = null)
    {
        if (length == 0)
        {
            return new Source { Snippet = "" };
        }

        return source.Describe(_origin[start], _origin[start + length - 1], cell);
    }

    public override string ToString() => Value;

    private static bool IsBlank(char c) => char.IsWhiteSpace(c) || c == '\u3000';
}
