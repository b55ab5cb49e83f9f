namespace Jixiao.Import.Documents.Word;

/// <summary>
/// Writing one paragraph: hashes and list label first, then its lines (those a converter joined broken again, see
/// <see cref="JoinedLines"/>), each at its paragraph and column.
/// </summary>
internal sealed partial class WordLayout
{
    private void Print(InlineText content, int number, ListLabel? label, string? hashes, CellText? cell)
    {
        if (cell is not null)
        {
            if (cell.Started)
            {
                if (cell.Joiner == "<br>")
                {
                    _text.CellBreak();
                }
                else
                {
                    _text.Markup(cell.Joiner);
                }
            }

            cell.Started = true;
            cell.Joiner = cell.NestedTables > 0 ? " " : "<br>";
        }

        if (hashes is not null)
        {
            _text.Markup(hashes);
        }

        var column = 1;
        if (label is { IsBullet: true })
        {
            _text.Markup("• ");
        }
        else if (label is not null)
        {
            _text.Append(label.Text, new Place(number, column, Cell: cell?.Name));
            column += label.Text.Length;
            if (label.Separated)
            {
                // The tab or space Word prints after the label; a tab here would make the line a table row.
                _text.Markup(" ");
                column++;
            }
        }

        var first = true;
        foreach (var line in content.Lines.SelectMany(JoinedLines.Split))
        {
            if (!first)
            {
                NewLine(cell);
            }

            // In a cell a tab is a gap, not a column: the cell is already one.
            _text.Append(cell is null ? line : line.Replace('\t', ' '), new Place(number, column, Cell: cell?.Name));
            column += line.Length;
            first = false;
        }

        if (cell is null)
        {
            _text.EndLine();
        }
    }

    private void NewLine(CellText? cell)
    {
        if (cell is null)
        {
            _text.EndLine();
        }
        else
        {
            _text.CellBreak();
        }
    }
}
