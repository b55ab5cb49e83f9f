using System.Text;
using Jixiao.Domain.Model;

namespace Jixiao.Import.Documents;

/// <summary>
/// A Word, PDF or Excel document laid out as the text the extraction pipeline reads (paragraphs as lines,
/// tables as HTML rows), remembering where each piece of text was printed in the document, so that the
/// provenance of a value names the page, paragraph or cell a user can find it at.
/// </summary>
internal sealed class LaidOutText
{
    private readonly List<int> _starts;
    private readonly List<Place> _places;

    private LaidOutText(string text, List<int> starts, List<Place> places)
    {
        Text = text;
        _starts = starts;
        _places = places;
    }

    public string Text { get; }

    /// <summary>Where the laid-out characters [first, last] were printed in the document, with its own table cell (its tables counted as printed).</summary>
    public Source Describe(int first, int last, string snippet)
    {
        if (_starts.Count == 0)
        {
            return new Source { Snippet = snippet };
        }

        var (start, place) = Find(first);
        var (end, endPlace) = Find(last);
        return new Source
        {
            Line = place.Line,
            Column = place.Column + (place.Grid ? 0 : start),
            EndLine = endPlace.Line,
            EndColumn = endPlace.Column + (endPlace.Grid ? 0 : end),
            Snippet = snippet,
            Page = place.Page,
            Cell = place.Cell,
        };
    }

    /// <summary>The place of the printed piece holding an offset (markup belongs to the piece before it), and how far into it the offset is.</summary>
    private (int Into, Place Place) Find(int offset)
    {
        var index = _starts.BinarySearch(offset);
        index = index >= 0 ? index : Math.Max(0, ~index - 1);
        return (Math.Max(0, offset - _starts[index]), _places[index]);
    }

    /// <summary>Builds the laid-out text: printed text with its place, markup (table tags, heading hashes) without one.</summary>
    public sealed class Builder
    {
        private readonly StringBuilder _text = new();
        private readonly List<int> _starts = [];
        private readonly List<Place> _places = [];

        /// <summary>True when nothing printed was added: a document without a text layer.</summary>
        public bool IsEmpty => _starts.Count == 0;

        /// <summary>Text printed at <paramref name="place"/>, on one line: line breaks in it become spaces.</summary>
        public Builder Append(string text, Place place)
        {
            if (text.Length > 0)
            {
                _starts.Add(_text.Length);
                _places.Add(place);
                _text.Append(text.Replace('\n', ' ').Replace('\r', ' '));
            }

            return this;
        }

        /// <summary>Text the layout adds (tags, hashes, separators): it points at the printed text before it.</summary>
        public Builder Markup(string markup)
        {
            _text.Append(markup);
            return this;
        }

        public Builder EndLine()
        {
            _text.Append('\n');
            return this;
        }

        public LaidOutText Build() => new(_text.ToString(), _starts, _places);
    }
}
