using Jixiao.Domain.Model;
using Jixiao.Import.Layout;
using Jixiao.Import.Text;

namespace Jixiao.Import.Recognizers.Tables;

/// <summary>
/// A key-task table (主要任务 | 预期目标 | 目标完成情况 | 关键指标 | 指标完成情况 | 任务涉及资金): a task opens where its
/// name is printed and owns the rows below; its target, completion and funds are merged cells, so their
/// pieces (split by a page break too) are joined; each row with a 关键指标 adds one indicator (or one a line, see
/// <see cref="Indicators"/>).
/// </summary>
internal static class TaskRows
{
    /// <summary>How many pieces of a broken row's cells may stand between a task table and the table that goes on with it.</summary>
    private const int MaxPieces = 8;

    /// <summary>The longest piece of a broken row's cells: a line or two of a narrow cell, or one line across its row's cells.</summary>
    private const int MaxPieceLength = 16;

    public static void Read(TableContext context, Region region)
    {
        var name = region.Of(Column.TaskName);
        var targetColumn = region.Has(Column.TaskTarget) ? region.Of(Column.TaskTarget) : region.Of(Column.Target);
        var completionColumn = region.Has(Column.TaskCompletion) ? region.Of(Column.TaskCompletion) : region.Of(Column.Achieved);
        var (indicator, funds, content) = (region.Of(Column.KeyIndicator), region.Of(Column.Funds), region.Of(Column.TaskContent));

        // With its own target and completion columns, a task table's 指标值 and 实际值 belong to its key indicators.
        var indicatorTarget = region.Has(Column.TaskTarget) ? region.Of(Column.Target) : -1;
        var indicatorActual = region.Has(Column.KeyActual) ? region.Of(Column.KeyActual) : region.Has(Column.TaskCompletion) ? region.Of(Column.Achieved) : -1;
        var tasks = new List<(string Name, List<SourceString> Target, List<SourceString> Completion, decimal? Funds, List<KeyIndicator> Indicators, Source Source, List<SourceString> Content)>();
        var closed = region.End < context.Table.Rows.Count;
        for (var r = region.Header + 1; r < region.End; r++)
        {
            var title = context.Text(r, name);
            if (title.Length > 0)
            {
                if (SectionTitles.Classify(title) != SectionKind.Other)
                {
                    closed = true;
                    break;
                }

                tasks.Add((context.Printed(r, name), [], [], null, [], context.Source(r, name), []));
            }

            if (tasks.Count == 0)
            {
                continue;
            }

            var task = tasks[^1];
            Add(task.Target, context.At(r, targetColumn));
            Add(task.Completion, context.At(r, completionColumn));
            Add(task.Content, context.At(r, content));
            if (task.Funds is null && funds >= 0 && context.Amount(r, funds) is { } amount)
            {
                tasks[^1] = task with { Funds = amount };
                context.Board.Note($"tasks[{tasks.Count - 1}].funds", context.Source(r, funds));
            }

            if (context.At(r, indicator) is { IsEmpty: false } indicatorCell)
            {
                task.Indicators.AddRange(Indicators(indicatorCell, context.At(r, indicatorTarget), context.At(r, indicatorActual)));
            }
        }

        if (!closed && Continued(context))
        {
            // The table was cut under its last task (a page, or a tall cell's padding, parted a table printed without
            // rules): more tasks may follow in the table below, so the list read here may be short. Left unread.
            return;
        }

        context.Board.TrySetList(
            "tasks",
            tasks.Select(task => new KeyTask
            {
                Name = task.Name,
                Content = Join(task.Content),
                Target = Join(task.Target),
                Completion = Join(task.Completion),
                Funds = task.Funds,
                Indicators = task.Indicators,
            }).ToList(),
            tasks.Select(task => task.Source).ToList());
    }

    /// <summary>
    /// Whether the block right after the table (past the markup that opens a table, and past pieces of a cell's lines) is a
    /// table that goes on with its tasks: its first row is no header, and a name stands in its first column before any
    /// section of the report opens.
    /// </summary>
    private static bool Continued(TableContext context)
    {
        var blocks = context.Document.Blocks;
        var at = blocks.FindIndex(block => ReferenceEquals(block.Table, context.Table)) + 1;

        // A row the page broke may leave the first lines of its cells printed apart under the table (WeasyPrint prints
        // them at the foot of the page in the columns of the next page's part): a few paragraphs no longer than a cell's
        // line or two, which are no section.
        for (var pieces = 0; at > 0 && at < blocks.Count && pieces < MaxPieces && Piece(blocks[at]); pieces++)
        {
            at++;
        }

        if (at > 0 && at < blocks.Count && blocks[at].Table is null && blocks[at].Text.Value.Trim() == "<table>")
        {
            at++;
        }

        if (at <= 0 || at >= blocks.Count || blocks[at].Table is not { Rows.Count: > 0 } next)
        {
            return false;
        }

        if (Regions.Of(next).Any(region => region.Header == 0))
        {
            return false;
        }

        // The rest of the last task's rows leave its name column empty, or hold the last character of a cell wrapped a
        // character a line; a name there, before the next section, is a task.
        foreach (var row in next.Rows)
        {
            var first = row.Count > 0 ? row[0].Text.Value : "";
            if (first.Length > 1)
            {
                return SectionTitles.Classify(first) == SectionKind.Other;
            }
        }

        return false;
    }

    private static bool Piece(Block block) =>
        block is { Kind: BlockKind.Paragraph, Table: null } && block.Text.Value.Trim() is { Length: > 0 and <= MaxPieceLength } text
        && text != "<table>" && SectionTitles.Classify(text) == SectionKind.Other;

    /// <summary>
    /// The indicators of a row: one, or one a line when the indicator, its target and its actual each hold as many lines.
    /// Those are rows of one task (its name and funds merged down them) that the document's reader saw as one: a browser
    /// centres the merged cells' lines across the padding between them, so a PDF shows no row line there.
    /// </summary>
    private static IEnumerable<KeyIndicator> Indicators(Cell name, Cell? target, Cell? actual)
    {
        var count = name.Paragraphs.Count;
        if (count > 1 && target?.Paragraphs.Count == count && actual?.Paragraphs.Count == count)
        {
            return Enumerable.Range(0, count).Select(i => new KeyIndicator
            {
                Name = name.Paragraphs[i].Printed,
                Target = CellValues.Said(new Cell([target.Paragraphs[i]])),
                Actual = CellValues.Said(new Cell([actual.Paragraphs[i]])),
            });
        }

        return [new KeyIndicator { Name = name.Text.Printed, Target = CellValues.Said(target), Actual = CellValues.Said(actual) }];
    }

    private static void Add(List<SourceString> pieces, Cell? cell)
    {
        if (cell is { IsEmpty: false })
        {
            pieces.Add(cell.Text);
        }
    }

    private static string? Join(List<SourceString> pieces) => pieces.Count == 0 ? null : SourceString.Concat(pieces).Printed;
}
