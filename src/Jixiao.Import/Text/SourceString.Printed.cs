using System.Text;

namespace Jixiao.Import.Text;

/// <summary>The printed view: kept beside the folded text through joining and replacing, and found again for a reading.</summary>
internal sealed partial class SourceString
{
    private static SourceString ConcatPrinted(List<SourceString> parts, string separator, string value, int[] origin)
    {
        var printed = new StringBuilder();
        var starts = new int[value.Length + 1];
        var at = 0;
        foreach (var part in parts)
        {
            if (at > 0)
            {
                for (var i = 0; i < separator.Length; i++)
                {
                    starts[at++] = printed.Length;
                    printed.Append(separator[i]);
                }
            }

            for (var i = 0; i < part.Length; i++)
            {
                starts[at++] = printed.Length + part.PrintedStart(i);
            }

            printed.Append(part.Printed);
        }

        starts[at] = printed.Length;
        return new SourceString(value, origin, printed.ToString(), starts);
    }

    /// <summary>The same text with <paramref name="oldValue"/> replaced by <paramref name="newValue"/> of the same length, in both views.</summary>
    public SourceString Replace(string oldValue, string newValue)
    {
        if (oldValue.Length != newValue.Length)
        {
            throw new ArgumentException("a replacement of the same length keeps every character's place", nameof(newValue));
        }

        var value = Value.Replace(oldValue, newValue, StringComparison.Ordinal);
        return value == Value ? this : new SourceString(value, _origin, _printed?.Replace(oldValue, newValue, StringComparison.Ordinal), _printedStarts);
    }

    /// <summary>
    /// How <paramref name="read"/>, a reading taken from this text — a part of it, or it with characters left out (spaces,
    /// a leading label) — was printed; <paramref name="read"/> itself when it is neither.
    /// </summary>
    public string PrintedOf(string read)
    {
        ArgumentNullException.ThrowIfNull(read);
        if (_printed is null || read.Length == 0)
        {
            return read;
        }

        var at = Value.IndexOf(read, StringComparison.Ordinal);
        if (at >= 0)
        {
            return Slice(at, read.Length).Printed;
        }

        // Characters left out: each one read is the next one of the text that reads the same.
        var printed = new StringBuilder(read.Length);
        var j = 0;
        foreach (var c in read)
        {
            while (j < Length && Value[j] != c)
            {
                j++;
            }

            if (j == Length)
            {
                return read;
            }

            printed.Append(_printed, _printedStarts![j], _printedStarts[j + 1] - _printedStarts[j]);
            j++;
        }

        return printed.ToString();
    }

    private int PrintedStart(int index) => _printedStarts is null ? index : _printedStarts[index];
}
