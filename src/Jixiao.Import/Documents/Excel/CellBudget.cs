using System.Globalization;

namespace Jixiao.Import.Documents.Excel;

/// <summary>
/// How many table cells a workbook may lay out: a self-evaluation has hundreds, a detail sheet a million; past
/// the limit (a stray value in column XFD of a long sheet, a generated file) the workbook is refused, not read for minutes.
/// </summary>
internal sealed class CellBudget
{
    public const long MaxCells = 5_000_000;

    /// <summary>The most cells showing text a workbook may hold, kept in memory until laid out.</summary>
    public const int MaxTextCells = 1_000_000;

    private long _left = MaxCells;

    private int _held;

    /// <summary>Counts a cell showing text as it is read, before the sheet is laid out.</summary>
    public void Hold(string sheet, int row, int column)
    {
        if (++_held > MaxTextCells)
        {
            throw new DocumentProblem(string.Create(CultureInfo.InvariantCulture,
                $"工作簿中有文字的单元格超过 {MaxTextCells} 个的上限（读到工作表「{sheet}」的 {new CellReference(row, column)} 时），未读取"));
        }
    }

    public void Take(string sheet, int rows, int columns)
    {
        _left -= (long)rows * columns;
        if (_left < 0)
        {
            throw new DocumentProblem(string.Create(CultureInfo.InvariantCulture,
                $"工作簿的表格超过 {MaxCells} 个单元格的上限（工作表「{sheet}」有 {rows} 行 × {columns} 列），未读取"));
        }
    }
}
