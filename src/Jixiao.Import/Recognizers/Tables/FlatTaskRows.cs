using Jixiao.Import.Extraction;
using Jixiao.Import.Layout;
using Jixiao.Import.Text;

namespace Jixiao.Import.Recognizers.Tables;

/// <summary>
/// A key-task table flattened to one cell a line (pandoc writes a raw-HTML table of its markdown so: a paragraph per
/// cell, empty cells left out). After the header's column names come the rows' cells. A task's first row fills every
/// column; the rows under it fill only its key indicator's columns (关键指标 and the values after it), the others being
/// merged over the task. Where the rows part is found from the funds that end each task's first row: the cells are
/// read only when exactly one split into such rows holds (each task's funds a plain amount, no name a number) and it
/// ends where the table does, at the next section's label. Otherwise nothing is read: the rows are not guessed.
/// </summary>
internal static class FlatTaskRows
{
    private const int MaxCells = 600;

    /// <summary>A header of a task table whose every line is a column: a task's name, its key indicators and its funds.</summary>
    public static bool IsHeader(List<Cell> header)
    {
        var columns = header.Select(cell => ColumnNames.Of(cell.Text.Value)).ToList();
        return columns.Contains(Column.TaskName) && columns.Contains(Column.KeyIndicator) && columns.Contains(Column.Funds)
            && !columns.Contains(Column.None) && columns.Distinct().Count() == columns.Count;
    }

    /// <summary>Reads the rows after the header at <paramref name="start"/>; returns the line after them, or <paramref name="start"/> when none were read.</summary>
    public static int Read(Document document, FieldBoard board, List<SourceString> lines, int start, List<Cell> header, int number, string unit)
    {
        var columns = header.Select(cell => ColumnNames.Of(cell.Text.Value)).ToList();
        var (width, indicator, funds) = (columns.Count, columns.IndexOf(Column.KeyIndicator), columns.IndexOf(Column.Funds));
        var perRow = (funds > indicator ? funds : width) - indicator;

        var end = start;
        while (end < lines.Count && end - start < MaxCells && !EndsTable(lines[end].Value))
        {
            end++;
        }

        if (end == lines.Count || end == start)
        {
            return start;
        }

        var cells = lines[start..end];
        bool Full(int p) => p + width <= cells.Count && !IsNumber(cells[p]) && !IsNumber(cells[p + indicator]) && IsAmount(cells[p + funds]);
        bool Below(int p) => p + perRow <= cells.Count && !IsNumber(cells[p]);

        // ways[p]: how many splits of the cells from p on into rows there are (counted up to 2).
        var ways = new int[cells.Count + 1];
        ways[cells.Count] = 1;
        for (var p = cells.Count - 1; p >= 0; p--)
        {
            ways[p] = Math.Min(2, (Full(p) ? ways[p + width] : 0) + (Below(p) ? ways[p + perRow] : 0));
        }

        if (!Full(0) || ways[width] != 1 || ways[0] != 1)
        {
            return start;
        }

        var rows = new List<List<Cell>> { header };
        for (var p = 0; p < cells.Count;)
        {
            if (Full(p) && ways[p + width] == 1)
            {
                rows.Add([.. cells[p..(p + width)].Select(cell => new Cell([cell]))]);
                p += width;
            }
            else
            {
                var row = Enumerable.Range(0, width).Select(_ => new Cell([])).ToList();
                for (var k = 0; k < perRow; k++)
                {
                    row[indicator + k] = new Cell([cells[p + k]]);
                }

                rows.Add(row);
                p += perRow;
            }
        }

        TableColumns.Read(document, board, new Table(number, rows), unit);
        return end;
    }

    /// <summary>The unit the nearest line above the table prints (「金额单位：万元」), or "".</summary>
    public static string UnitAbove(List<SourceString> lines, int start)
    {
        for (var i = start - 1; i >= 0; i--)
        {
            if (lines[i].Length <= 40 && ColumnNames.UnitIn(lines[i].Value) is { } unit)
            {
                return unit;
            }
        }

        return "";
    }

    /// <summary>A section's label (「重点项目绩效情况」) after the last task ends the table.</summary>
    private static bool EndsTable(string line) => line.Length <= 20 && SectionTitles.Classify(line) != SectionKind.Other;

    private static bool IsNumber(SourceString cell) => CellValues.Number(cell.Value) is not null;

    private static bool IsAmount(SourceString cell) => CellValues.Number(cell.Value) is { Unit: not ("%" or "分") };
}
