using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Jixiao.Import.Documents.Word;

/// <summary>
/// Tables as rows of cells (<see cref="LaidOutText.Builder.BeginTable"/>), one row a line. A cell a vertical merge
/// continues is an empty cell, as a rowspan reads; cells missing before or after a row's grid (w:gridBefore,
/// w:gridAfter) are empty cells too. A table in a cell is flattened into it. A table written without a grid, as
/// AbiWord writes one, is read as wide as its first row (<see cref="GridlessWidth"/>); one whose merges do not line up
/// is read as its cells' paragraphs (<see cref="MergesAstray"/>).
/// </summary>
internal sealed partial class WordLayout
{
    /// <summary>Word's widest table; the HTML reader takes two-digit spans.</summary>
    private const int MaxColumns = 63;

    private int _tables;

    private void Table(Table table)
    {
        if (MergesAstray(table))
        {
            Flatten(table);
            return;
        }

        var number = ++_tables;
        _text.BeginTable();
        var row = 0;
        var (width, trail) = GridlessWidth(table);
        foreach (var tableRow in Children<TableRow>(table, 0))
        {
            var cells = Children<TableCell>(tableRow, 0).ToList();
            var (skip, take) = width > 0 ? Phantoms(cells, width) : (0, cells.Count);
            foreach (var phantom in cells.Take(skip).Concat(cells.Skip(skip + take)))
            {
                // Counted as paragraphs, as every w:p is, but no cell of the table.
                Blocks(phantom, new CellText("", muted: true));
            }

            if (width > 0 && cells.Count - skip - take < trail && cells.TrueForAll(IsBlank))
            {
                // AbiWord's rows between the table's rows: blank, and followed by fewer continuations than its rows.
                continue;
            }

            row++;
            _text.BeginRow();
            var properties = tableRow.TableRowProperties;
            var column = 1 + EmptyCells(properties?.GetFirstChild<GridBefore>()?.Val?.Value);

            foreach (var tableCell in cells.Skip(skip).Take(take))
            {
                var span = Math.Clamp(tableCell.TableCellProperties?.GridSpan?.Val?.Value ?? 1, 1, MaxColumns);
                _text.BeginCell(span);
                Blocks(tableCell, new CellText($"表 {number} 第 {row} 行第 {column} 列", IsContinued(tableCell)));
                _text.EndCell();
                column += span;
            }

            EmptyCells(properties?.GetFirstChild<GridAfter>()?.Val?.Value);
            _text.EndRow();
        }

        // A table right after another with the same columns is its rest, as converters split a table at a page break.
        _text.EndTable(mayContinue: true);
    }

    /// <summary>
    /// A table written without a grid whose vertical merges do not line up: a continuation amid a row's text (text in
    /// cells before and after it) under a cell of the row above that no merge runs through. AbiWord writes an HTML
    /// table's rowspans so, the row's cells shifted off the columns they belong to, so its columns cannot be trusted
    /// (its cells' order can). The leading continuations and empty cells of its other tables line up well enough.
    /// </summary>
    private static bool MergesAstray(Table table)
    {
        if (table.GetFirstChild<TableGrid>() is not null)
        {
            return false;
        }

        Dictionary<int, bool> above = [];
        foreach (var tableRow in Children<TableRow>(table, 0))
        {
            var cells = Children<TableCell>(tableRow, 0).ToList();
            var last = cells.FindLastIndex(tableCell => !IsBlank(tableCell));
            Dictionary<int, bool> merged = [];
            var column = 0;
            var text = false;
            foreach (var (tableCell, index) in cells.Select((tableCell, index) => (tableCell, index)))
            {
                if (text && index < last && IsContinued(tableCell) && !above.GetValueOrDefault(column))
                {
                    return true;
                }

                text |= !IsBlank(tableCell);

                var span = Math.Clamp(tableCell.TableCellProperties?.GridSpan?.Val?.Value ?? 1, 1, MaxColumns);
                for (var i = 0; i < span; i++)
                {
                    merged[column++] = tableCell.TableCellProperties?.VerticalMerge is not null;
                }
            }

            above = merged;
        }

        return false;
    }

    /// <summary>A table whose columns cannot be trusted: each cell with text a paragraph of its own, in order, as pandoc writes a raw-HTML table.</summary>
    private void Flatten(Table table)
    {
        foreach (var tableCell in Children<TableRow>(table, 0).SelectMany(tableRow => Children<TableCell>(tableRow, 0)))
        {
            Blocks(tableCell, IsBlank(tableCell) ? new CellText("", muted: true) : null);
        }
    }

    /// <summary>A table in a cell: its rows become the cell's paragraphs, each row's cells joined by spaces.</summary>
    private void NestedTable(Table table, CellText cell)
    {
        cell.NestedTables++;
        foreach (var tableRow in Children<TableRow>(table, 0))
        {
            cell.Joiner = "<br>";
            foreach (var tableCell in Children<TableCell>(tableRow, 0))
            {
                Blocks(tableCell, cell);
            }
        }

        cell.NestedTables--;
        cell.Joiner = "<br>";
    }

    private int EmptyCells(int? count)
    {
        var cells = Math.Clamp(count ?? 0, 0, MaxColumns);
        for (var i = 0; i < cells; i++)
        {
            _text.EmptyCell();
        }

        return cells;
    }

    /// <summary>
    /// The width of a table written without a grid (no w:tblGrid, no spans), as AbiWord writes an HTML table: each row
    /// after as many empty cells as the rows above it had, and followed by as many vertical-merge continuations of
    /// nothing, and between its rows a blank row followed by fewer of them than its rows (its own blank rows are followed
    /// by as many as its first row). Its first row, without those, is as wide as the table, and its continuations are
    /// the trail of each row; (0, 0) for a table with a grid.
    /// </summary>
    private static (int Width, int Trail) GridlessWidth(Table table)
    {
        if (table.GetFirstChild<TableGrid>() is not null || table.Descendants<GridSpan>().Any()
            || Children<TableRow>(table, 0).FirstOrDefault() is not { } first)
        {
            return (0, 0);
        }

        var cells = Children<TableCell>(first, 0).ToList();
        var width = Phantoms(cells, cells.Count).Take;
        return (width, cells.Count - width);
    }

    /// <summary>A gridless row's cells that are the table's: past leading empty cells beyond its width, before empty continuations at its end.</summary>
    private static (int Skip, int Take) Phantoms(List<TableCell> cells, int width)
    {
        var end = cells.Count;
        while (end > 0 && IsContinued(cells[end - 1]) && IsBlank(cells[end - 1]))
        {
            end--;
        }

        var skip = 0;
        while (end - skip > width && IsBlank(cells[skip]) && !IsContinued(cells[skip]))
        {
            skip++;
        }

        return (skip, end - skip);
    }

    private static bool IsBlank(TableCell cell) => cell.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>().All(text => text.Text.Length == 0);

    private static bool IsContinued(TableCell cell) =>
        cell.TableCellProperties?.VerticalMerge is { } merge && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);

    /// <summary>Rows of a table or cells of a row, also those wrapped in content controls or custom XML.</summary>
    private static IEnumerable<T> Children<T>(OpenXmlElement parent, int depth)
        where T : OpenXmlElement
    {
        for (var child = parent.FirstChild; child is not null; child = child.NextSibling())
        {
            if (child is T item)
            {
                yield return item;
            }
            else if (child is SdtRow or SdtContentRow or CustomXmlRow or SdtCell or SdtContentCell or CustomXmlCell && depth < DepthLimit)
            {
                foreach (var inner in Children<T>(child, depth + 1))
                {
                    yield return inner;
                }
            }
        }
    }
}
