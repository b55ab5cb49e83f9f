using System.Text.RegularExpressions;
using Jixiao.Import.Text;

namespace Jixiao.Import.Layout;

/// <summary>
/// Reads markdown pipe tables: one row per line, cells between |, a --- separator row skipped,
/// cell paragraphs split at &lt;p&gt; and &lt;br&gt;, other tags dropped.
/// </summary>
internal static partial class PipeTables
{
    public static bool IsRow(SourceString line) => line.Length > 1 && line[0] == '|';

    public static List<Cell>? Row(SourceString line)
    {
        if (Separator().IsMatch(line.Value))
        {
            return null;
        }

        var cells = new List<Cell>();
        var start = 1;
        for (var i = 1; i <= line.Length; i++)
        {
            if (i == line.Length || line[i] == '|')
            {
                if (i > start || i < line.Length)
                {
                    cells.Add(ReadCell(line.Slice(start, i - start)));
                }

                start = i + 1;
            }
        }

        return cells;
    }

    public static Cell ReadCell(SourceString text)
    {
        var paragraphs = new List<SourceString>();
        var kept = new List<SourceString>();
        var at = 0;
        foreach (Match tag in Tag().Matches(text.Value))
        {
            kept.Add(text.Slice(at, tag.Index - at));
            at = tag.Index + tag.Length;
            if (tag.Groups["break"].Success)
            {
                Flush(kept, paragraphs);
            }
        }

        kept.Add(text.Slice(at));
        Flush(kept, paragraphs);
        return new Cell(paragraphs);
    }

    private static void Flush(List<SourceString> kept, List<SourceString> paragraphs)
    {
        var paragraph = SourceString.Concat(kept).Trim();
        kept.Clear();
        if (paragraph.Length > 0)
        {
            paragraphs.Add(paragraph.Value.Contains('&', StringComparison.Ordinal) ? Entities(paragraph) : paragraph);
        }
    }

    /// <summary>&amp;nbsp; as blanks, one per character, so that each keeps its place in the source.</summary>
    private static SourceString Entities(SourceString text)
    {
        var value = text.Replace("&nbsp;", "      ");
        return value == text ? text : value.Trim();
    }

    [GeneratedRegex(@"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")]
    private static partial Regex Separator();

    [GeneratedRegex(@"(?<break></?p\b[^>]*>|<br\s*/?>|</?t[dhr]\b[^>]*>)|<[/!]?[A-Za-z][^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Tag();
}
