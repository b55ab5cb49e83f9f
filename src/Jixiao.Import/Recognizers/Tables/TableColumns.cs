using Jixiao.Import.Extraction;
using Jixiao.Import.Layout;

namespace Jixiao.Import.Recognizers.Tables;

/// <summary>
/// Tables read by their columns: budget tables (年初预算数 | 全年预算数 | 执行数, by total, nature or function),
/// score tables (一级指标 | 分值 | 得分), indicator trees (一级/二级/三级指标 … 分值 | 得分), task tables
/// (主要任务 | 预期目标 | 关键指标 …) and key-indicator tables (指标名称 | 预期值 | 实际完成值).
/// </summary>
internal sealed class TableColumns : IRecognizer
{
    public void Recognize(Document document, FieldBoard board)
    {
        for (var index = 0; index < document.Blocks.Count; index++)
        {
            if (document.Blocks[index].Table is { } table && !TableScope.IsAnother(document, index))
            {
                Read(document, board, table, TableUnits.Of(document, index, table));
            }
        }
    }

    public static void Read(Document document, FieldBoard board, Table table, string unit)
    {
        var context = new TableContext(document, board, table, unit);
        foreach (var region in Regions.Of(table))
        {
            if (region.Has(Column.TaskName) && (region.Has(Column.KeyIndicator) || region.Has(Column.TaskTarget) || region.Has(Column.Achieved)))
            {
                TaskRows.Read(context, region);
            }
            else if (region.Has(Column.Level3) || (region.Has(Column.Level2) && (region.Has(Column.Weight) || region.Has(Column.Score))))
            {
                IndicatorRows.Read(context, region);
            }
            else if (region.Has(Column.Level1) && (region.Has(Column.Weight) || region.Has(Column.Score)))
            {
                PartRows.Read(context, region);
            }
            else if (region.Has(Column.Initial) || region.Has(Column.Adjusted) || region.Has(Column.Actual))
            {
                BudgetRows.Read(context, region);
            }
        }
    }
}
