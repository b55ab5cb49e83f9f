using System.Text;
using System.Text.RegularExpressions;
using Jixiao.Import.Layout;
using Jixiao.Import.Text;

namespace Jixiao.Import.Documents.Pdf;

/// <summary>
/// Running heads and feet and page numbers: lines at the very top or bottom of a page (above or below everything
/// else, within the margin band) that look like a page number (「- 3 -」「第 3 页 共 12 页」「3/12」「3」), or that
/// come back on most pages once their digits are masked (「××局 2023 年度自评报告」, 「第 3 页」). They are marked and
/// left out of the text.
/// </summary>
internal static partial class PageFurniture
{
    /// <summary>The share of a page's height at its top and its bottom where heads and feet are printed.</summary>
    private const double Band = 0.12;

    /// <summary>Lines looked at from each end of a page: a head may take two lines.</summary>
    private const int Depth = 2;

    public static void Mark(IReadOnlyList<PageText> pages)
    {
        var candidates = pages.Select(Candidates).ToList();
        var seen = new Dictionary<string, (int Pages, double Smallest, double Largest)>(StringComparer.Ordinal);
        foreach (var lines in candidates)
        {
            foreach (var group in lines.GroupBy(Key))
            {
                var (count, smallest, largest) = seen.GetValueOrDefault(group.Key, (0, double.MaxValue, 0));
                seen[group.Key] = (count + 1, Math.Min(smallest, group.Min(candidate => candidate.Line.Size)), Math.Max(largest, group.Max(candidate => candidate.Line.Size)));
            }
        }

        // A bare number is a page number when it goes up with the pages (on two pages at least, or on a page of its own);
        // else it is a table's row number (「12」 at the top of a page of a table printed as text).
        var offsets = candidates.SelectMany((lines, index) => lines.Where(candidate => Bare(candidate.Line.Text) >= 0).Select(candidate => Bare(candidate.Line.Text) - pages[index].Number))
            .GroupBy(offset => offset).Where(group => group.Count() >= 2 || pages.Count == 1)
            .Select(group => group.Key).ToHashSet();

        // A title printed larger than the same words in the running head stays, and the head goes everywhere; without
        // such a title the head stays once, where it first stands (it may be the title), as the pipeline keeps repeated lines.
        var often = Math.Max(2, (pages.Count + 1) / 2);
        var kept = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < pages.Count; index++)
        {
            foreach (var candidate in candidates[index])
            {
                var (line, key) = (candidate.Line, Key(candidate));
                var (count, smallest, largest) = seen[key];
                var bare = Bare(line.Text);
                line.IsFurniture = bare >= 0 ? offsets.Contains(bare - pages[index].Number)
                    : IsPageNumber(line.Text) || (count >= often && line.Size <= smallest + 0.5 && (largest > smallest + 0.5 || !kept.Add(key)));
            }
        }
    }

    /// <summary>Whether a line is a page number, read as the pipeline reads it: 「第 2 ⻚」 set with the radical ⻚ is 「第 2 页」.</summary>
    public static bool IsPageNumber(string text)
    {
        var squeezed = Script.Fold(text).Replace(" ", "", StringComparison.Ordinal).Replace("\t", "", StringComparison.Ordinal);
        return PageNumbers.IsPageNumber(squeezed) || MorePageNumbers().IsMatch(squeezed);
    }

    /// <summary>The number a line is made of (「12」), or -1.</summary>
    private static int Bare(string text) =>
        text.Trim() is { Length: > 0 and <= 4 } digits && digits.All(char.IsAsciiDigit) ? int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) : -1;

    /// <summary>The lines at either end of a page, before the first table and after the last, within the band; Head: at the top.</summary>
    private static List<(TextLine Line, bool Head)> Candidates(PageText page)
    {
        var band = (page.Top - page.Bottom) * Band;
        var lines = new List<(TextLine, bool)>();
        for (var i = 0; i < Math.Min(Depth, page.Blocks.Count) && page.Blocks[i] is TextLine line && line.Bottom >= page.Top - band; i++)
        {
            lines.Add((line, true));
        }

        for (var i = page.Blocks.Count - 1; i >= Math.Max(lines.Count, page.Blocks.Count - Depth) && page.Blocks[i] is TextLine line && line.Top <= page.Bottom + band; i--)
        {
            lines.Add((line, false));
        }

        return lines;
    }

    /// <summary>
    /// What a running head or foot has in common on every page: its end of the page and its text with digits masked. A line at
    /// the foot of one page and another at the head of the next, alike but for their digits, are rows of a table going on.
    /// </summary>
    private static string Key((TextLine Line, bool Head) candidate) => (candidate.Head ? "head:" : "foot:") + Masked(candidate.Line.Text);

    /// <summary>A line's text with digits masked and blanks gone: 「第 3 页」 and 「第 4 页」 are one running foot.</summary>
    private static string Masked(string text)
    {
        var masked = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                masked.Append(char.IsDigit(c) ? '0' : c);
            }
        }

        return masked.ToString();
    }

    /// <summary>Page numbers beyond the pipeline's: 「共 12 页 第 3 页」, 「Page 3 of 12」, 「·3·」, 「—3—」, 「〔3〕」.</summary>
    [GeneratedRegex(@"^(?:共\d{1,4}页[,，]?第\d{1,4}页|第\d{1,4}页[,，/]?共\d{1,4}页|(?i:page)\d{1,4}(?:(?i:of)\d{1,4})?|[·•〔〈《\[(（\-—–－]*\d{1,4}[·•〕〉》\])）\-—–－]*)$")]
    private static partial Regex MorePageNumbers();
}
