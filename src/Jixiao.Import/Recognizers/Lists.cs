using Jixiao.Import.Extraction;
using Jixiao.Import.Layout;

namespace Jixiao.Import.Recognizers;

/// <summary>Goals, achievements, problems and improvements from the sections that hold them.</summary>
internal sealed class Lists : IRecognizer
{
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
        foreach (var (kind, path, keepPreamble) in Kinds)
        {
            foreach (var section in document.Outline.Sections(kind))
            {
                var items = ListItems.FromBlocks(section.Own(), keepPreamble);
                if (board.TrySetList(path, items.Select(item => item.Value).ToList(), items.Select(item => item.Locate(document.Source, 0, item.Length)).ToList()))
                {
                    break;
                }
            }
        }
    }
}
