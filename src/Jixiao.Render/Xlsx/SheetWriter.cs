using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using Jixiao.Render.Layout;

namespace Jixiao.Render.Xlsx;

/// <summary>
/// One <see cref="Grid"/> as a worksheet: the title and caption over the grid (rows 1 and 2), the grid from row 3,
/// notes under it; merged cells with every covered position styled (so borders print whole), heights for wrapped
/// text, the column headings frozen, A4 fitted to the page's width.
/// </summary>
internal static class SheetWriter
{
    /// <summary>Rows above the grid: the title and the caption.</summary>
    public const int Top = 2;

    public static Worksheet Write(Grid grid, XlsxStyles styles)
    {
        var lastColumn = Column(grid.ColumnCount - 1);
        var heights = RowHeights.Estimate(grid);
        var rows = new SortedDictionary<int, Row>();
        var merges = new List<string>();

        Row(rows, 1, 30).Append(TextCell($"A1", grid.Title, XlsxStyles.TitleStyle));
        merges.Add($"A1:{lastColumn}1");
        Row(rows, 2, RowHeights.Line + 4).Append(TextCell("A2", grid.Caption ?? "", XlsxStyles.NoteStyle));
        merges.Add($"A2:{lastColumn}2");

        var byPosition = new Dictionary<(int Row, int Column), (GridCell Cell, bool Origin)>();
        foreach (var cell in grid.Cells)
        {
            for (var row = cell.Row; row < cell.Row + cell.RowSpan; row++)
            {
                for (var column = cell.Column; column < cell.Column + cell.ColumnSpan; column++)
                {
                    byPosition[(row, column)] = (cell, row == cell.Row && column == cell.Column);
                }
            }

            if (cell.RowSpan > 1 || cell.ColumnSpan > 1)
            {
                merges.Add($"{Address(cell.Row, cell.Column)}:{Address(cell.Row + cell.RowSpan - 1, cell.Column + cell.ColumnSpan - 1)}");
            }
        }

        for (var row = 0; row < grid.RowCount; row++)
        {
            var sheetRow = Row(rows, row + Top + 1, heights[row]);
            for (var column = 0; column < grid.ColumnCount; column++)
            {
                var address = Address(row, column);
                if (!byPosition.TryGetValue((row, column), out var found))
                {
                    sheetRow.Append(new Cell { CellReference = address, StyleIndex = styles.For(CellRole.Value, ValueFormat.Text, 0) });
                    continue;
                }

                var style = styles.For(found.Cell);
                sheetRow.Append(found.Origin ? ValueCell(address, found.Cell, style) : new Cell { CellReference = address, StyleIndex = style });
            }
        }

        var next = grid.RowCount + Top + 1;
        foreach (var note in grid.Notes)
        {
            Row(rows, next, RowHeights.Needed(note, grid.ColumnWidths.Sum())).Append(TextCell($"A{next}", note, XlsxStyles.NoteStyle));
            merges.Add($"A{next}:{lastColumn}{next}");
            next++;
        }

        var worksheet = new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetDimension { Reference = $"A1:{lastColumn}{Math.Max(2, next - 1)}" },
            Views(grid),
            new SheetFormatProperties { DefaultRowHeight = RowHeights.Line + 3 },
            new Columns(grid.ColumnWidths.Select((width, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = width, CustomWidth = true })),
            new SheetData(rows.Values),
            new MergeCells(merges.Select(range => new MergeCell { Reference = range })) { Count = (uint)merges.Count },
            new PrintOptions { HorizontalCentered = true },
            new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
            new PageSetup
            {
                PaperSize = 9,
                Orientation = grid.Landscape ? OrientationValues.Landscape : OrientationValues.Portrait,
                FitToWidth = 1,
                FitToHeight = 0,
            },
            new HeaderFooter(new OddFooter("&C第 &P 页，共 &N 页")));
        return worksheet;
    }

    /// <summary>The rows to print on every page ('Sheet'!$3:$3), or null without column headings.</summary>
    public static string? PrintTitles(Grid grid) =>
        grid.HeaderRows > 0 ? $"'{grid.SheetName}'!${Top + 1}:${Top + grid.HeaderRows}" : null;

    public static string PrintArea(Grid grid) =>
        $"'{grid.SheetName}'!$A$1:${Column(grid.ColumnCount - 1)}${grid.RowCount + Top + grid.Notes.Count}";

    private static SheetViews Views(Grid grid)
    {
        var view = new SheetView { WorkbookViewId = 0 };
        if (grid.HeaderRows > 0)
        {
            var below = $"A{Top + grid.HeaderRows + 1}";
            view.Append(
                new Pane { VerticalSplit = Top + grid.HeaderRows, TopLeftCell = below, ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = below, SequenceOfReferences = new ListValue<StringValue>([below]) });
        }

        return new SheetViews(view);
    }

    private static Cell ValueCell(string address, GridCell cell, uint style)
    {
        if (cell.Number is not { } number)
        {
            return cell.Text is null ? new Cell { CellReference = address, StyleIndex = style } : TextCell(address, cell.Text, style);
        }

        // A workbook keeps a percentage as a fraction: 99.99 (percent) is 0.9999 shown as 99.99%.
        var stored = cell.Format == ValueFormat.Percent ? number / 100m : number;
        return new Cell { CellReference = address, StyleIndex = style, DataType = CellValues.Number, CellValue = new CellValue(stored.ToString(CultureInfo.InvariantCulture)) };
    }

    private static Cell TextCell(string address, string text, uint style) => new()
    {
        CellReference = address,
        StyleIndex = style,
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new Text(text) { Space = text.Trim() == text ? null : SpaceProcessingModeValues.Preserve }),
    };

    private static Row Row(SortedDictionary<int, Row> rows, int index, double height)
    {
        var row = new Row { RowIndex = (uint)index, Height = Math.Round(height, 2), CustomHeight = true };
        rows.Add(index, row);
        return row;
    }

    /// <summary>The sheet address of a grid position: row 0, column 0 is A3.</summary>
    private static string Address(int row, int column) => Column(column) + (row + Top + 1).ToString(CultureInfo.InvariantCulture);

    private static string Column(int index) => index < 26 ? ((char)('A' + index)).ToString() : Column((index / 26) - 1) + (char)('A' + (index % 26));
}
