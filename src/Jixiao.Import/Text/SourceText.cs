namespace Jixiao.Import.Text;

/// <summary>The text as read, with its line starts, so that an offset can be told as line and column.</summary>
internal sealed class SourceText
{
    private readonly List<int> _lineStarts = [0];

    public SourceText(string text)
    {
        Text = text;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public string Text { get; }

    public int LineCount => _lineStarts.Count;

    /// <summary>1-based line and column of an offset.</summary>
    public (int Line, int Column) Locate(int offset)
    {
        var index = _lineStarts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, offset - _lineStarts[line] + 1);
    }

    /// <summary>The physical line (without its line break) that starts at <paramref name="index"/> (0-based).</summary>
    public (int Start, int End) LineBounds(int index)
    {
        var start = _lineStarts[index];
        var end = index + 1 < _lineStarts.Count ? _lineStarts[index + 1] - 1 : Text.Length;
        if (end > start && Text[end - 1] == '\r')
        {
            end--;
        }

        return (start, end);
    }
}
