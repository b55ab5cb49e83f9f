using System.Text.RegularExpressions;
using Jixiao.Domain.Numbers;
using Jixiao.Import.Extraction;
using Jixiao.Import.Layout;

namespace Jixiao.Import.Recognizers.Tables;

/// <summary>
/// Tables read as label → value: 「部门名称 | 中国……委员会」「部门调整预算收入 | 2395.15」, a goals cell under
/// 「预期目标」, and rows whose label names a narrative part (存在问题 | ……) or the key project.
/// </summary>
internal sealed partial class TableKeyValues : IRecognizer
{
    public void Recognize(Document document, FieldBoard board)
    {
        for (var index = 0; index < document.Blocks.Count; index++)
        {
            if (document.Blocks[index].Table is { } table && !TableScope.IsAnother(document, index))
            {
                var unit = TableUnits.Of(document, index, table);
                var regions = Regions.Of(table);
                for (var r = 0; r < table.Rows.Count; r++)
                {
                    // Rows under a header are read by column; a label cell there names no value to its right.
                    Row(document, board, table, r, unit, textOnly: Regions.InRegion(regions, r) && !regions.Any(region => region.Has(Column.TaskName)));
                }
            }
        }
    }

    private static void Row(Document document, FieldBoard board, Table table, int r, string unit, bool textOnly)
    {
        var row = table.Rows[r];
        for (var c = 0; c < row.Count; c++)
        {
            if (row[c].Text.Length is > 3 and <= 20 && ProseGrade.GradeIn(row[c].Text.Value) is { } grade)
            {
                // 「自评等级：优」 written into one cell.
                board.Propose(Fields.ScoreGrade, grade, CellValues.Locate(document, table, r, c), strength: 2);
                continue;
            }

            var label = Label().Replace(row[c].Text.Value, "");
            if (label.Length is 0 or > 30)
            {
                continue;
            }

            var next = CellValues.NextFilled(row, c);
            if (Goals().IsMatch(label) && table.At(r + 1, c) is { IsEmpty: false } below && !IsTaskHeader(row) && !IsTaskHeader(table.Rows[r + 1]))
            {
                // (The task table's header right below the goals' label is no goal: the goals' row was left out. Nor is
                // another goals label: the label's own second line, 「年度目标」 over 「预期目标」; it is read as a label below.)
                if (Goals().IsMatch(Label().Replace(below.Text.Value, "")))
                {
                    continue;
                }

                // The goals stand below their header: in one cell, or one a row while the rows' first cells stay empty.
                var cells = Enumerable.Range(r + 1, table.Rows.Count - r - 1)
                    .TakeWhile(below => table.At(below, c) is { IsEmpty: false } && (below == r + 1 || table.Rows[below][0].IsEmpty))
                    .Select(below => (Row: below, Cell: table.At(below, c)!)).ToList();
                var goals = cells.SelectMany((cell, i) => ListItems.FromBlocks(CellValues.Paragraphs(cell.Cell), keepPreamble: false, goesOn: i > 0).Select(goal => (Goal: goal, cell.Row))).ToList();
                board.TrySetList("goals", goals.Select(goal => goal.Goal.Printed).ToList(), goals.Select(goal => document.Locate(goal.Goal, table.Place(goal.Row, c))).ToList());
                continue;
            }

            if (textOnly)
            {
                if (next >= 0 && TextField(label) is { } textField)
                {
                    ProposeText(board, textField, row[next].Text, CellValues.Locate(document, table, r, next));
                }
                else if (next >= 0 && ScoreTotal().IsMatch(label) && CellValues.Number(row[next]) is { Unit: "" or "分" } printed && OneNumber(row))
                {
                    board.Propose(Fields.ScoreTotal, printed.Value, CellValues.Locate(document, table, r, next));
                }

                continue;
            }

            if (next < 0)
            {
                continue;
            }

            var source = CellValues.Locate(document, table, r, next);
            if (TextField(label) is { } field)
            {
                ProposeText(board, field, row[next].Text, source);
            }
            else if (SectionTitles.Classify(label) is var kind && kind is SectionKind.Problems or SectionKind.Improvements or SectionKind.Achievements && c == FirstFilled(row))
            {
                var items = ListItems.FromBlocks(CellValues.Paragraphs(row[next]), keepPreamble: kind == SectionKind.Achievements);
                var path = kind switch { SectionKind.Problems => "problems", SectionKind.Improvements => "improvements", _ => "achievements" };
                board.TrySetTexts(path, items, item => document.Locate(item, table.Place(r, next)));
            }
            else if (kind == SectionKind.KeyProjects && ProjectCell(row[next]) is { } project)
            {
                board.TrySetList("keyProjects", [project.Project], [document.Locate(project.Name, table.Place(r, next))]);
            }
            else if (ScoreTotal().IsMatch(label) && CellValues.Number(row[next]) is { Unit: "" or "分" } total && OneNumber(row))
            {
                board.Propose(Fields.ScoreTotal, total.Value, source);
            }
            else if (Staffing.Field(label) is { } staff && CellValues.Number(row[next]) is { Unit: "" } people && people.Value == decimal.Truncate(people.Value) && people.Value <= Staffing.Most)
            {
                board.Propose(Fields.Named<int>(staff), (int)people.Value, source);
            }
            else if (CellValues.Number(row[next]) is { } number && CellValues.Number(NextAfter(row, next)) is null)
            {
                // A label before two numbers (「全年预算 | 5,500.00 | 6,842.50」: two years, two periods) names neither.
                Amount(board, label, number, unit, source);
            }
        }
    }

    private static Cell? NextAfter(List<Cell> row, int column) => CellValues.NextFilled(row, column) is var after and >= 0 ? row[after] : null;

    /// <summary>A row with one number: in 「总分 | 100 | 99.54」 the label names no single value, nor in 「总分 | 100 | …」 (a number clipped).</summary>
    private static bool OneNumber(List<Cell> row) => row.Count(cell => CellValues.Number(cell) is not null || cell.Text.Value.Trim() == Documents.LaidOutText.CutNumber) == 1;

    private static bool IsTaskHeader(List<Cell> row) => row.Any(cell => ColumnNames.Of(cell.Text.Value) is Column.TaskName or Column.KeyIndicator);

    private static int FirstFilled(List<Cell> row) => row.FindIndex(cell => !cell.IsEmpty);

    [GeneratedRegex("^(自评|综合|评价)?(总)?得分(合计)?$|^(自评)?总分$|^得分合计$")]
    private static partial Regex ScoreTotal();

    [GeneratedRegex(@"^其中[：:]|[（(](" + Money.Units + @"|人)[）)]|\s")]
    private static partial Regex Label();

    [GeneratedRegex("^(部门|单位)?(整体支出的?)?(年度)?(预期|绩效|总体)?目标$|^预期目标$")]
    private static partial Regex Goals();

    /// <summary>A cell that is only a label: no sentence around it.</summary>
    [GeneratedRegex(@"^[^，。；,;]{2,20}$")]
    private static partial Regex FullLabel();

    [GeneratedRegex(@"(19|20)\d{2}")]
    private static partial Regex Year();

    [GeneratedRegex(@"^\s*(19|20)\d{2}\s*年?度?\s*$")]
    private static partial Regex YearOnly();
}
