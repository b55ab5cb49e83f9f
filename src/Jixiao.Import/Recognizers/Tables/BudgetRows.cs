using Jixiao.Import.Extraction;

namespace Jixiao.Import.Recognizers.Tables;

/// <summary>
/// Rows of a budget table: the total row gives the budget (and, in a project table, the 分值 and 得分 of
/// its execution rate), rows of nature, source and function class give their lines. A row of nature gives its actual
/// twice: as budget.basic (…) and, with the other columns, as its line of budget.byNature.
/// </summary>
internal static class BudgetRows
{
    public static void Read(TableContext context, Region region)
    {
        var board = context.Board;
        var ownTotal = IsDepartmentsBudget(context, region);
        for (var r = region.Header + 1; r < region.End; r++)
        {
            var (_, label) = context.Label(r);
            if (label.Length == 0)
            {
                continue;
            }

            if (RowLabels.IsTotal(label) && ownTotal)
            {
                Propose(context, r, region.Of(Column.Initial), Fields.Budget("initial"));
                Propose(context, r, region.Of(Column.Adjusted), Fields.Budget("adjusted"));
                Propose(context, r, region.Of(Column.Actual), Fields.Budget("actual"));
                if (region.Of(Column.ExecutionRate) is var rate and >= 0 && context.Number(r, rate) is { } executionRate)
                {
                    board.Propose(Fields.ExecutionRate, executionRate, context.Source(r, rate));
                }

                if (region.Of(Column.Weight) is var weight and >= 0 && context.Number(r, weight) is { } points)
                {
                    board.Propose(Fields.BudgetRateWeight, points, context.Source(r, weight));
                }

                if (region.Of(Column.Score) is var score and >= 0 && context.Number(r, score) is { } scored)
                {
                    board.Propose(Fields.BudgetRateScore, scored, context.Source(r, score));
                }
            }
            else if (RowLabels.Nature(label) is { } nature)
            {
                Propose(context, r, region.Of(Column.Actual), Fields.Named<decimal>(nature));
                if (nature is "budget.basic" or "budget.project" && region.Of(Column.Share) is var share and >= 0 && context.Number(r, share) is { } percent)
                {
                    board.Propose(Fields.Named<decimal>(nature + "Share"), percent, context.Source(r, share));
                }

                var name = RowLabels.NatureName(label)!;
                Propose(context, r, region.Of(Column.Initial), Fields.ByNature(name, "initial"));
                Propose(context, r, region.Of(Column.Adjusted), Fields.ByNature(name, "adjusted"));
                Propose(context, r, region.Of(Column.Actual), Fields.ByNature(name, "actual"));
            }
            else if (RowLabels.Function(label) is { } function)
            {
                Propose(context, r, region.Of(Column.Initial), Fields.ByFunction(function, "initial"));
                Propose(context, r, region.Of(Column.Adjusted), Fields.ByFunction(function, "adjusted"));
                Propose(context, r, region.Of(Column.Actual), Fields.ByFunction(function, "actual"));
            }
        }
    }

    /// <summary>
    /// A table of the department's budget lists only its lines (nature, source, function class, the rows of a project
    /// table's funds) beside its total; a 合计 under 三公经费 or under projects is theirs.
    /// </summary>
    private static bool IsDepartmentsBudget(TableContext context, Region region)
    {
        for (var r = region.Header + 1; r < region.End; r++)
        {
            var (_, label) = context.Label(r);
            if (label.Length > 0 && !RowLabels.IsTotal(label) && RowLabels.Nature(label) is null && RowLabels.Function(label) is null && !RowLabels.IsFundLine(label))
            {
                return false;
            }
        }

        return true;
    }

    private static void Propose(TableContext context, int row, int column, Field<decimal> field)
    {
        if (column >= 0 && context.Amount(row, column) is { } amount)
        {
            context.Board.Propose(field, amount, context.Source(row, column));
        }
    }
}
