using System.Text;
using Jixiao.Domain.Model;

namespace Jixiao.Import.Documents;

/// <summary>
/// A Word, PDF or Excel document laid out as the text the extraction pipeline reads (paragraphs as lines), with the
/// tables it printed as its readers knew them (<see cref="Tables"/>: rows of cells, each cell's paragraphs as ranges of
/// the text), remembering where each piece of text was printed in the document, so that the provenance of a value names
/// the page, paragraph or cell a user can find it at. The text shows a table as HTML rows for people reading it; the
/// pipeline takes the tables from <see cref="Tables"/>, never from that markup, so a paragraph that prints 「&lt;table&gt;」
/// is a paragraph.
/// </summary>
internal sealed class LaidOutText
{
    /// <summary>What a reader prints for a number it could not see whole (a browser clipped its last digits): text, no number.</summary>
    public const string CutNumber = "…";

    private readonly List<int> _starts;
    private readonly List<Place> _places;

    private LaidOutText(string text, List<int> starts, List<Place> places, List<PrintedTable> tables)
    {
        Text = text;
        _starts = starts;
        _places = places;
        Tables = tables;
    }

    public string Text { get; }

    /// <summary>The tables as printed, in the order of the text.</summary>
    public IReadOnlyList<PrintedTable> Tables { get; }

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
        private readonly List<PrintedTable> _tables = [];
        private int _lines;
        private PrintedTable? _table;
        private int _printedAtTableEnd = -1;
        private int _printedAtTableStart;
        private List<List<(int Start, int End)>>? _row;
        private List<(int Start, int End)>? _cell;
        private int _cellSpan;

        /// <summary>True when nothing printed was added: a document without a text layer.</summary>
        public bool IsEmpty => _starts.Count == 0;

        /// <summary>Text printed at <paramref name="place"/>, on one line: line breaks in it become spaces.</summary>
        public Builder Append(string text, Place place)
        {
            if (text.Length > 0)
            {
                if (_text.Length + text.Length > TextBounds.MaxCharacters)
                {
                    throw new DocumentProblem(TextBounds.TooMuch(_text.Length + (long)text.Length, TextBounds.MaxCharacters, $"（读到{TextBounds.Where(place)}时）"));
                }

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
            _lines++;
            return this;
        }

        /// <summary>Opens a table: its rows follow, one a line.</summary>
        public Builder BeginTable()
        {
            Markup("<table>").EndLine();
            _table = new PrintedTable(_lines, []);
            _printedAtTableStart = _starts.Count;
            return this;
        }

        public Builder BeginRow()
        {
            Markup("<tr>");
            _row = [];
            return this;
        }

        /// <summary>Opens a cell <paramref name="span"/> grid columns wide; the columns it covers are empty cells after it.</summary>
        public Builder BeginCell(int span = 1)
        {
            Markup(span > 1 ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"<td colspan=\"{span}\">") : "<td>");
            _cell = [(_text.Length, -1)];
            _cellSpan = Math.Max(1, span);
            return this;
        }

        /// <summary>Ends the paragraph in a cell and starts the next.</summary>
        public Builder CellBreak()
        {
            var cell = _cell!;
            cell[^1] = (cell[^1].Start, _text.Length);
            Markup("<br>");
            cell.Add((_text.Length, -1));
            return this;
        }

        public Builder EndCell()
        {
            var cell = _cell!;
            cell[^1] = (cell[^1].Start, _text.Length);
            Markup("</td>");
            _row!.Add([.. cell.Where(paragraph => paragraph.End > paragraph.Start)]);
            for (var i = 1; i < _cellSpan; i++)
            {
                _row.Add([]);
            }

            _cell = null;
            return this;
        }

        /// <summary>An empty cell (a merge continued, a cell missing from a row's grid).</summary>
        public Builder EmptyCell() => BeginCell().EndCell();

        public Builder EndRow()
        {
            Markup("</tr>").EndLine();
            _table!.Rows.Add(_row!);
            _row = null;
            return this;
        }

        public Builder EndTable() => EndTable(mayContinue: false);

        /// <summary>
        /// Ends a table. With <paramref name="mayContinue"/>, a table right after the previous one (nothing printed between)
        /// that goes on with the same columns — from an empty row, a repeated row or an empty first cell — is the rest of it,
        /// as a converter splits a table at a page break: its rows are added to the previous table, past an empty or repeated
        /// first row, and the row they start at is a break (<see cref="PrintedTable.Breaks"/>).
        /// </summary>
        public Builder EndTable(bool mayContinue)
        {
            Markup("</table>").EndLine();
            var table = _table! with { LastLine = _lines - 1 };
            _table = null;
            var adjacent = _printedAtTableEnd == _printedAtTableStart && _tables.Count > 0;
            if (mayContinue && adjacent && Continues(_tables[^1], table))
            {
                var previous = _tables[^1];
                var rows = table.Rows.SkipWhile(row => IsEmptyRow(row) || previous.Rows.Exists(above => Same(above, row))).ToList();
                _tables[^1] = previous with { LastLine = table.LastLine, Breaks = [.. previous.Breaks, previous.Rows.Count] };
                previous.Rows.AddRange(rows);
            }
            else
            {
                _tables.Add(table);
            }

            _printedAtTableEnd = _starts.Count;
            return this;
        }

        private bool Continues(PrintedTable previous, PrintedTable next) =>
            next.Rows.Count > 0 && previous.Rows.Count > 0 && next.Rows[0].Count == previous.Rows[0].Count
            && (IsEmptyRow(next.Rows[0]) || next.Rows[0][0].Count == 0 || previous.Rows.Exists(row => Same(row, next.Rows[0])));

        private static bool IsEmptyRow(List<List<(int Start, int End)>> row) => row.TrueForAll(cell => cell.Count == 0);

        private bool Same(List<List<(int Start, int End)>> a, List<List<(int Start, int End)>> b) =>
            a.Count == b.Count && !IsEmptyRow(a) && a.Zip(b).All(pair => Text(pair.First) == Text(pair.Second));

        private string Text(List<(int Start, int End)> cell) => string.Concat(cell.Select(range => _text.ToString(range.Start, range.End - range.Start)));

        public LaidOutText Build() => new(_text.ToString(), _starts, _places, _tables);
    }
}

/// <summary>
/// A table as a reader printed it: the text's lines <see cref="FirstLine"/> to <see cref="LastLine"/>, and its rows of
/// cells, each cell the ranges of the text its paragraphs were printed at (none when empty).
/// </summary>
internal sealed record PrintedTable(int FirstLine, List<List<List<(int Start, int End)>>> Rows)
{
    public int LastLine { get; init; } = FirstLine;

    /// <summary>Rows where the table went on after a break (the rest of a table a converter split in two).</summary>
    public IReadOnlyList<int> Breaks { get; init; } = [];
}
