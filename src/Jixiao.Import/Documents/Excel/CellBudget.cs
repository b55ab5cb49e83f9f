using System.Globalization;

namespace Jixiao.Import.Documents.Excel;

/// <summary>
/// How many table cells a workbook may lay out: a self-evaluation has hundreds, a detail sheet a million; past
/// the limit (a stray value in column XFD of a long sheet, a generated file) the workbook is refused, not read for minutes.
/// </summary>
internal sealed class CellBudget
{
    public const long MaxCells = 5_000_000;

    private long _left = MaxCells;

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
