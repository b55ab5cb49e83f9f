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
            foreach (var section in document.Outline.Sections(kind))
            {
                if (Set(document, board, path, ListItems.FromBlocks(section.Own(), keepPreamble)))
                {
                    break;
                }
            }
        }
    }

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

    private static bool Set(Document document, FieldBoard board, string path, List<Text.SourceString> items) =>
        board.TrySetTexts(path, items, item => document.Locate(item));
}
