using System.Text.RegularExpressions;
using Jixiao.Import.Extraction;
using Jixiao.Import.Layout;

namespace Jixiao.Import.Recognizers;

/// <summary>Staffing at the year's end: 「在职在编人员 49 人，其他人员 10 人。离退休人员合计 21 人」.</summary>
internal sealed partial class Staffing : IRecognizer
{
    public void Recognize(Document document, FieldBoard board)
    {
        foreach (var block in document.Blocks.Where(block => block.Kind == BlockKind.Paragraph))
        {
            var text = block.Text;
            var previousEnd = 0;
            foreach (var mention in document.MentionsIn(block))
            {
                var from = previousEnd;
                previousEnd = mention.End;
                if (mention.Unit != "人" || mention.Scale != 0 || mention.Value > Most)
                {
                    continue;
                }

                var window = text.Value[from..mention.Start];
                window = window[(window.LastIndexOfAny(['，', ',', '；', ';', '。', '）', ')']) + 1)..];
                if (InBrackets(text.Value, mention.Start) || Served().IsMatch(window))
                {
                    // 「离退休人员 26 人（离休 1 人、退休 25 人）」: a breakdown of the figure before it.
                    continue;
                }

                var field = Field(window);
                if (field is not null)
                {
                    board.Propose(Fields.Named<int>(field), (int)mention.Value, text.Locate(document.Source, from, mention.End - from));
                }
            }
        }
    }

    /// <summary>More people than any department employs: such a number is no staff count.</summary>
    public const decimal Most = 1_000_000m;

    /// <summary>The staff field a label names (在职在编人员, 其他人员, 离退休), or null.</summary>
    public static string? Field(string label) =>
        Active().IsMatch(label) ? "staff.active" : Other().IsMatch(label) ? "staff.other" : Retired().IsMatch(label) ? "staff.retired" : null;

    private static bool InBrackets(string text, int at)
    {
        var open = text.LastIndexOfAny(['（', '('], Math.Max(0, at - 1), Math.Min(at, 40));
        return open >= 0 && text.IndexOfAny(['）', ')'], open, at - open) < 0;
    }

    /// <summary>People a department serves or trains are no staff of its own.</summary>
    [GeneratedRegex("服务|帮扶|培训|慰问|走访|救助|资助|参保|就业|安置|接待")]
    private static partial Regex Served();

    [GeneratedRegex(@"(在职在编|在编在职|编制内在职|在职)(人员|干部)?(人数)?\s*(共|合计|为|有)?\s*$")]
    private static partial Regex Active();

    [GeneratedRegex(@"(其他人员|编外人员|聘用人员)(人数)?\s*(共|合计|为|有)?\s*$")]
    private static partial Regex Other();

    [GeneratedRegex(@"(离退休|退休|离休)(人员|干部|职工)?(人数)?\s*(共|合计|为|有)?\s*$")]
    private static partial Regex Retired();
}
