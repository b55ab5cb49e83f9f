using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Jixiao.Import.Documents.Word;

/// <summary>
/// Tables as rows of cells (<see cref="LaidOutText.Builder.BeginTable"/>), one row a line. A cell a vertical merge
/// continues is an empty cell, as a rowspan reads; cells missing before or after a row's grid (w:gridBefore,
/// w:gridAfter) are empty cells too. A table in a cell is flattened into it.
/// </summary>
internal sealed partial class WordLayout
{
    /// <summary>Word's widest table; the HTML reader takes two-digit spans.</summary>
    private const int MaxColumns = 63;

    private int _tables;

    private void Table(Table table)
    {
        var number = ++_tables;
        _text.BeginTable();
        var row = 0;
        foreach (var tableRow in Children<TableRow>(table, 0))
        {
            row++;
            _text.BeginRow();
            var properties = tableRow.TableRowProperties;
            var column = 1 + EmptyCells(properties?.GetFirstChild<GridBefore>()?.Val?.Value);
            foreach (var tableCell in Children<TableCell>(tableRow, 0))
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
