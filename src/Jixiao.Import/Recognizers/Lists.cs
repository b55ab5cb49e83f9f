using Jixiao.Import.Extraction;
using Jixiao.Import.Layout;

namespace Jixiao.Import.Recognizers;

/// <summary>Goals, achievements, problems and improvements from the sections that hold them.</summary>
internal sealed class Lists : IRecognizer
{
    private static readonly System.Text.RegularExpressions.Regex Turn = new("下一步|改进|整改|措施|建议|针对(上述|以上|这些)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly (SectionKind Kind, string Path, bool KeepPreamble)[] Kinds =
    [
        (SectionKind.Goals, "goals", false),
        (SectionKind.Achievements, "achievements", true),
        (SectionKind.Problems, "problems", false),
        (SectionKind.Improvements, "improvements", false),
        (SectionKind.DeductionReasons, "score.deductionReasons", false),
    ];

    public void Recognize(Document document, FieldBoard board)
    {
        foreach (var section in document.Outline.Sections(SectionKind.ProblemsAndImprovements))
        {
            Combined(document, board, section);
        }

        foreach (var (kind, path, keepPreamble) in Kinds)
        {
            foreach (var section in document.Outline.Sections(kind).Where(section => !IsHeadCell(section)))
            {
                if (Set(document, board, path, ListItems.FromBlocks(section.Own(), keepPreamble)))
                {
                    break;
                }
            }
        }

        GoalsWithResults(document, board);
    }

    /// <summary>
    /// With no section of goals, the numbered list of a 「绩效目标（及）完成情况」 section: each item states a goal (and
    /// how it was met); its lead (「年初申报的绩效目标共四项：」) and the paragraphs after the list are not goals.
    /// </summary>
    private static void GoalsWithResults(Document document, FieldBoard board)
    {
        var outline = document.Outline;
        for (var i = 0; i < outline.Blocks.Count && !board.Has("goals"); i++)
        {
            if (outline.Blocks[i].Kind != BlockKind.Heading || !GoalsAndResults.IsMatch(outline.Blocks[i].Text.Value))
            {
                continue;
            }

            var own = outline.Section(i).Own().Where(block => block.Kind != BlockKind.Table).SkipWhile(block => block.Marker is null).ToList();
            if (own.Count == 0)
            {
                continue;
            }

            var style = own[0].Marker!.Style;
            var list = own.TakeWhile(block => block.Marker is not null && block.Marker.Style >= style).ToList();
            if (list.Count(block => block.Marker!.Style == style) >= 2)
            {
                _ = Set(document, board, "goals", ListItems.FromBlocks(list, keepPreamble: false));
            }
        }
    }

    private static readonly System.Text.RegularExpressions.Regex GoalsAndResults =
        new("(绩效|年度|整体)目标.{0,6}(完成|实现)情况", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// 「存在问题及改进措施」 in one section without sub-titles: the problems come first, then a line that turns to the
    /// remedies (「针对上述问题，下一步将：」), then the remedies.
    /// </summary>
    private static void Combined(Document document, FieldBoard board, Section section)
    {
        var blocks = section.Own().ToList();
        var turn = blocks.FindIndex(block => block.Kind == BlockKind.Paragraph && block.Marker is null && block.Text.Length <= 40 && Turn.IsMatch(block.Text.Value));
        if (turn <= 0)
        {
            return;
        }

        _ = Set(document, board, "problems", ListItems.FromBlocks(blocks.Take(turn), keepPreamble: false));
        _ = Set(document, board, "improvements", ListItems.FromBlocks(blocks.Skip(turn + 1), keepPreamble: false));
    }

    /// <summary>
    /// A title that is one cell of a table's head printed a cell a line between two others (「主要实施内容 / 预期目标 /
    /// 目标完成情况」: a table read one paragraph a cell) heads no list; the lines after it are the table's cells.
    /// </summary>
    private static bool IsHeadCell(Section section)
    {
        var (blocks, heading) = (section.Outline.Blocks, section.Start - 1);
        return heading > 0 && heading + 1 < blocks.Count && IsColumnName(blocks[heading - 1]) && IsColumnName(blocks[heading + 1]);
    }

    private static bool IsColumnName(Block block) => block.Kind != BlockKind.Table && Tables.ColumnNames.Of(block.Text.Value) != Tables.Column.None;

    private static bool Set(Document document, FieldBoard board, string path, List<Text.SourceString> items) =>
        board.TrySetTexts(path, items, item => document.Locate(item));
}
