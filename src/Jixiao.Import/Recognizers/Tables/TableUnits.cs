using Jixiao.Import.Extraction;
using Jixiao.Import.Layout;

namespace Jixiao.Import.Recognizers.Tables;

/// <summary>The unit a table's amounts are in: printed in a cell or header (「项目资金（万元）」), or in a line just before it (「单位：万元」); "" when none is printed.</summary>
internal static class TableUnits
{
    public static string Of(Document document, int index, Table table)
    {
        foreach (var cell in table.Rows.Take(12).SelectMany(row => row))
        {
            if (cell.Text.Length <= 30 && ColumnNames.UnitIn(cell.Text.Value) is { } unit)
            {
                return unit;
            }
        }

        for (var i = index - 1; i >= Math.Max(0, index - 3); i--)
        {
            if (document.Blocks[i].Text.Length <= 40 && ColumnNames.UnitIn(document.Blocks[i].Text.Value) is { } unit)
            {
                return unit;
            }
        }

        return "";
    }
}
