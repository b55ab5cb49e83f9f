using Jixiao.Render.Layout;

namespace Jixiao.Render.Xlsx;

/// <summary>
/// Row heights in points for wrapped text. Neither Excel nor LibreOffice fits a row to a merged cell's text, so
/// the height is estimated: a CJK character is about two width units, anything else about one.
/// </summary>
internal static class RowHeights
{
    public const double Line = 14.25;

    public static double[] Estimate(Grid grid)
    {
        var heights = Enumerable.Repeat(Line + 3, grid.RowCount).ToArray();
        foreach (var cell in grid.Cells.Where(cell => cell.RowSpan == 1))
        {
            heights[cell.Row] = Math.Max(heights[cell.Row], Needed(cell, grid));
        }

        // A cell over several rows gets what it lacks spread over them.
        foreach (var cell in grid.Cells.Where(cell => cell.RowSpan > 1))
        {
            var have = Enumerable.Range(cell.Row, cell.RowSpan).Sum(row => heights[row]);
            var lack = Needed(cell, grid) - have;
            for (var row = cell.Row; lack > 0 && row < cell.Row + cell.RowSpan; row++)
            {
                heights[row] += lack / cell.RowSpan;
            }
        }

        return heights;
    }

    public static double Needed(string text, double width, double line = Line) =>
        text.Split('\n').Sum(paragraph => Math.Max(1, Math.Ceiling(Units(paragraph) / Math.Max(1, width - 1)))) * line + 3;

    public static double Units(string text)
    {
        var units = 0.0;
        foreach (var c in text)
        {
            units += c >= 0x2E80 ? 2.0 : 1.1;
        }

        return units;
    }

    private static double Needed(GridCell cell, Grid grid)
    {
        var width = Enumerable.Range(cell.Column, cell.ColumnSpan).Sum(column => grid.ColumnWidths[column]);
        return Needed(cell.Shown, width);
    }
}
