using Jixiao.Domain.Model;
using Jixiao.Import.Documents;

namespace Jixiao.Import.Text;

/// <summary>
/// The text as read, with its line starts, so that an offset can be told as line and column; or a Word, PDF or
/// Excel document laid out as text, whose offsets are told as the document's own places.
/// </summary>
internal sealed class SourceText
{
    private readonly List<int> _lineStarts = [0];
    private readonly LaidOutText? _document;

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

    public SourceText(LaidOutText document)
        : this(document.Text) => _document = document;

    public string Text { get; }

    /// <summary>The Word, PDF or Excel document this text lays out, with the tables it printed; null for text read as such.</summary>
    public LaidOutText? Document => _document;

    /// <summary>Where characters [first, last] were printed.</summary>
    public Source Describe(int first, int last, string? cell)
    {
        var snippet = Text[first..(last + 1)].Replace("\r", "", StringComparison.Ordinal);
        if (_document is not null)
        {
            return _document.Describe(first, last, snippet); // its own table cells, not the ones the pipeline counted
        }

        var (line, column) = Locate(first);
        var (endLine, endColumn) = Locate(last);
        return new Source { Line = line, Column = column, EndLine = endLine, EndColumn = endColumn, Snippet = snippet, Cell = cell };
    }

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
