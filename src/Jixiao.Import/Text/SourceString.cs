using Jixiao.Domain.Model;

namespace Jixiao.Import.Text;

/// <summary>
/// Normalized text that remembers, for each character, the offset in the source it came from,
/// so that a value found in it can say where it was printed. Immutable.
/// </summary>
internal sealed class SourceString
{
    private readonly int[] _origin;

    public SourceString(string value, int[] origin)
    {
        if (value.Length != origin.Length)
        {
            throw new ArgumentException("one origin per character", nameof(origin));
        }

        Value = value;
        _origin = origin;
    }

    public static SourceString Empty { get; } = new("", []);

    public string Value { get; }

    public int Length => Value.Length;

    public char this[int index] => Value[index];

    public int OriginOf(int index) => _origin[index];

    public SourceString Slice(int start, int length) =>
        start == 0 && length == Length ? this : new SourceString(Value.Substring(start, length), _origin.AsSpan(start, length).ToArray());

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

        return new SourceString(value, origin);
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
