using Jixiao.Import.Extraction;

namespace Jixiao.Import.Recognizers.Tables;

/// <summary>A score table by first-level indicator: 「产出 | 40 | 35.5 | 88.75%」, and its 合计 row as the total.</summary>
internal static class PartRows
{
    public static void Read(TableContext context, Region region)
    {
        var board = context.Board;
        var (weight, score, rate) = (region.Of(Column.Weight), region.Of(Column.Score), region.Of(Column.Rate));
        for (var r = region.Header + 1; r < region.End; r++)
        {
            var label = RowLabels.Clean(context.Text(r, region.Of(Column.Level1)));
            if (label.Length == 0)
            {
                continue;
            }

            if (RowLabels.IsTotal(label))
            {
                if (context.Number(r, score) is { } total)
                {
                    board.Propose(Fields.ScoreTotal, total, context.Source(r, score));
                }

                continue;
            }

            var part = PartNames.Of(label) ?? label;
            if (context.Number(r, weight) is { } points)
            {
                board.Propose(Fields.ScoreWeight(part), points, context.Source(r, weight));
            }

            if (context.Number(r, score) is { } scored)
            {
                board.Propose(Fields.ScorePart(part), scored, context.Source(r, score));
            }

            if (context.Number(r, rate) is { } percent)
            {
                board.Propose(Fields.ScoreRate(part), percent, context.Source(r, rate));
            }
        }
    }
}
