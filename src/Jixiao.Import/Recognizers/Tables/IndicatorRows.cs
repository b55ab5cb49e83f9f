using Jixiao.Domain.Model;
using Jixiao.Import.Extraction;

namespace Jixiao.Import.Recognizers.Tables;

/// <summary>
/// An indicator tree (一级 | 二级 | 三级指标 | 指标值 | 实际完成值 | 分值 | 得分): an empty level cell is the one a
/// merged cell above spans; a leaf name split by a page break is joined again; the 总分 row is the total.
/// Without 分值 and 得分 the rows are key indicators (关键指标).
/// </summary>
internal static class IndicatorRows
{
    public static void Read(TableContext context, Region region)
    {
        var scored = region.Has(Column.Weight) || region.Has(Column.Score);
        var (c1, c2, c3) = (region.Of(Column.Level1), region.Of(Column.Level2), region.Of(Column.Level3));
        var (weight, score, rate) = (region.Of(Column.Weight), region.Of(Column.Score), region.Of(Column.Rate));
        var (target, achieved, reason) = (region.Of(Column.Target), region.Of(Column.Achieved), region.Of(Column.Reason));
        var leaves = new List<Indicator>();
        var sources = new List<Domain.Model.Source>();
        var (level1, level2) = ("", "");
        for (var r = region.Header + 1; r < region.End; r++)
        {
            var row = context.Table.Rows[r];
            if (row.Any(cell => cell.Text.Length <= 8 && RowLabels.IsTotal(cell.Text.Value)))
            {
                if (context.Number(r, score) is { } total)
                {
                    context.Board.Propose(Fields.ScoreTotal, total, context.Source(r, score));
                }

                continue;
            }

            var (t1, t2, t3) = (context.Text(r, c1), context.Text(r, c2), context.Text(r, c3));
            var values = new[] { weight, score, target, achieved }.Any(column => context.Text(r, column).Length > 0);
            if (t3.Length > 0 && !values && context.Table.Breaks.Contains(r) && leaves.Count > 0 && t1.Length == 0 && t2.Length == 0)
            {
                var joined = leaves[^1].Name + context.Printed(r, c3);
                leaves[^1] = leaves[^1] with { Name = joined, Path = [.. leaves[^1].Path.SkipLast(1), joined] };
                continue;
            }

            (level1, level2) = t1.Length > 0 ? (t1, t2) : (level1, t2.Length > 0 ? t2 : level2);
            var nameColumn = t3.Length > 0 ? c3 : values && scored ? (t2.Length > 0 ? c2 : c1) : -1;
            var name = context.Text(r, nameColumn);
            if (name.Length == 0 || (!values && !scored && context.Text(r, achieved).Length == 0))
            {
                continue;
            }

            // The levels above are the framework's words (产出指标), read in any script; the leaf is a name, kept as printed.
            var path = new[] { level1, level2, name }.Where(level => level.Length > 0).Distinct().ToList();
            var printed = context.Printed(r, nameColumn);
            path[^1] = printed;
            leaves.Add(new Indicator
            {
                Path = path,
                Name = printed,
                Weight = context.Number(r, weight),
                Target = context.Said(r, target),
                Actual = context.Said(r, achieved),
                Score = context.Number(r, score),
                Rate = context.Number(r, rate),
                Reason = context.Said(r, reason),
            });
            sources.Add(context.Source(r, c3 >= 0 && t3.Length > 0 ? c3 : c2 >= 0 && t2.Length > 0 ? c2 : Math.Max(c1, 0)));
        }

        if (scored)
        {
            context.Board.TrySetList("indicators", leaves, sources);
        }
        else
        {
            context.Board.TrySetList("keyIndicators", leaves.Select(leaf => new KeyIndicator { Name = leaf.Name, Target = leaf.Target, Actual = leaf.Actual }).ToList(), sources);
        }
    }
}
