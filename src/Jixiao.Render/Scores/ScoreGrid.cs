using Jixiao.Render.Layout;

namespace Jixiao.Render.Scores;

/// <summary>The 评分表 as a grid: the level names merged over their rows, 小计 and 合计 rows in bold, 总分 with the grade.</summary>
internal static class ScoreGrid
{
    public const string Title = "绩效自评评分表";

    private static readonly string[] s_headers = ["一级指标", "二级指标", "三级指标", "分值", "得分", "得分率", "扣分原因"];

    public static Grid Build(ScoreSheet sheet)
    {
        var grid = new GridBuilder(s_headers.Length);
        for (var i = 0; i < s_headers.Length; i++)
        {
            grid.Header(i, s_headers[i]);
        }

        grid.Next();
        foreach (var row in sheet.Rows)
        {
            switch (row.Kind)
            {
                case ScoreRowKind.Leaf or ScoreRowKind.Subtotal:
                    Levels(grid, row);
                    break;
                case ScoreRowKind.Part:
                    grid.Text(0, $"{row.Level1}合计", columnSpan: 3, role: CellRole.Total);
                    break;
                default:
                    grid.Text(0, "总分", columnSpan: 3, role: CellRole.Total);
                    break;
            }

            var role = row.Kind == ScoreRowKind.Leaf ? CellRole.Value : CellRole.Total;
            grid.Number(3, row.Weight, ValueFormat.Points, role: role)
                .Number(4, row.Score, ValueFormat.Points, role: role)
                .Number(5, row.Rate, ValueFormat.Percent, role: role)
                .Text(6, row.Kind == ScoreRowKind.Total ? $"等级：{sheet.GradeText}" : row.Reason, role: role)
                .Next();
        }

        return new Grid
        {
            SheetName = "评分表",
            Title = Title,
            Caption = Caption(sheet),
            ColumnWidths = [12, 14, 30, 8, 8, 9, 56],
            Cells = grid.Cells(),
            HeaderRows = 1,
            Landscape = true,
            Notes = [$"已计分 {sheet.ScoredCount}/{sheet.LeafCount} 项；得分率 = 得分 ÷ 分值。按指标体系「{sheet.FrameworkName}」计分，只列出扣分的原因。"],
        };
    }

    public static string Caption(ScoreSheet sheet) => sheet.Title.Length > 0 ? $"{sheet.Title} · {sheet.FrameworkName}" : sheet.FrameworkName;

    /// <summary>The level names on the first row each covers, merged down over the rest; an empty level is taken by the one before it.</summary>
    private static void Levels(GridBuilder grid, ScoreRow row)
    {
        var level3 = row.Kind == ScoreRowKind.Subtotal ? CellRole.Total : CellRole.Value;
        if (row.Level1Rows > 0)
        {
            if (row.Level2.Length == 0 && row.Level1Rows == 1)
            {
                grid.Text(0, row.Level1, columnSpan: 3);
                return;
            }

            grid.Text(0, row.Level1, rowSpan: row.Level1Rows);
        }

        if (row.Level2.Length == 0)
        {
            grid.Text(1, null, columnSpan: 2);
            return;
        }

        if (row.Level3.Length == 0)
        {
            grid.Text(1, row.Level2, columnSpan: 2);
            return;
        }

        if (row.Level2Rows > 0)
        {
            grid.Text(1, row.Level2, rowSpan: row.Level2Rows);
        }

        grid.Text(2, row.Level3, role: level3);
    }
}
