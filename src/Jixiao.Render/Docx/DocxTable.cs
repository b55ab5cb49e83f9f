using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using Jixiao.Render.Layout;

namespace Jixiao.Render.Docx;

/// <summary>
/// A <see cref="Grid"/> as a Word table: fixed column widths over the page's text width, merged cells as Word merges
/// them (gridSpan across, vMerge down), the heading rows repeated on every page, each line of a cell a paragraph.
/// </summary>
internal static class DocxTable
{
    public static Table Build(Grid grid, DocxPage page)
    {
        var total = DocxPage.Twips(page.TextWidthMm);
        var sum = grid.ColumnWidths.Sum();
        var widths = grid.ColumnWidths.Select(width => (int)Math.Floor(total * width / sum)).ToArray();
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = widths.Sum().ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableJustification { Val = TableRowAlignmentValues.Center },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
                    new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }),
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(new TopMargin { Width = "28", Type = TableWidthUnitValues.Dxa }, new TableCellLeftMargin { Width = 85, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "28", Type = TableWidthUnitValues.Dxa }, new TableCellRightMargin { Width = 85, Type = TableWidthValues.Dxa })),
            new TableGrid(widths.Select(width => new GridColumn { Width = width.ToString(CultureInfo.InvariantCulture) })));

        var origins = grid.Cells.ToDictionary(cell => (cell.Row, cell.Column));
        var covering = new Dictionary<(int, int), GridCell>();
        foreach (var cell in grid.Cells.Where(cell => cell.RowSpan > 1))
        {
            for (var row = cell.Row + 1; row < cell.Row + cell.RowSpan; row++)
            {
                covering[(row, cell.Column)] = cell;
            }
        }

        for (var row = 0; row < grid.RowCount; row++)
        {
            var tableRow = new TableRow();
            var properties = new TableRowProperties(new CantSplit());
            if (row < grid.HeaderRows)
            {
                properties.Append(new TableHeader());
            }

            tableRow.Append(properties);
            for (var column = 0; column < grid.ColumnCount;)
            {
                if (origins.TryGetValue((row, column), out var cell))
                {
                    tableRow.Append(Cell(cell, widths, VerticalMerge(cell.RowSpan > 1 ? MergedCellValues.Restart : null)));
                    column += cell.ColumnSpan;
                }
                else if (covering.TryGetValue((row, column), out var above))
                {
                    tableRow.Append(Cell(above with { Text = null, Number = null }, widths, VerticalMerge(MergedCellValues.Continue)));
                    column += above.ColumnSpan;
                }
                else
                {
                    // A position no cell covers in a sparse grid: an empty cell keeps the table rectangular.
                    tableRow.Append(Cell(new GridCell(row, column, 1, 1, null, null, ValueFormat.Text, CellRole.Value), widths, null));
                    column++;
                }
            }

            table.Append(tableRow);
        }

        return table;
    }

    private static VerticalMerge? VerticalMerge(MergedCellValues? value) => value is { } merge ? new VerticalMerge { Val = merge } : null;

    private static TableCell Cell(GridCell cell, int[] widths, VerticalMerge? merge)
    {
        var width = widths.Skip(cell.Column).Take(cell.ColumnSpan).Sum();
        var properties = new TableCellProperties(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (cell.ColumnSpan > 1)
        {
            properties.Append(new GridSpan { Val = cell.ColumnSpan });
        }

        if (merge is not null)
        {
            properties.Append(merge);
        }

        if (cell.Role == CellRole.Header)
        {
            properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "F2F2F2" });
        }

        properties.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
        var result = new TableCell(properties);
        var justification = cell.IsNumeric ? JustificationValues.Right
            : cell.Role is CellRole.Label or CellRole.Header ? JustificationValues.Center : JustificationValues.Left;
        foreach (var line in cell.Shown.Split('\n'))
        {
            result.Append(DocxText.Paragraph(DocxStyles.TableText, line, justification, bold: cell.Role is CellRole.Header or CellRole.Total));
        }

        return result;
    }
}
