using Jixiao.Domain.Numbers;
using Jixiao.Import.Layout;
using Jixiao.Import.Text;

namespace Jixiao.Import.Documents.Pdf;

/// <summary>
/// Tells a line wrapped inside a paragraph from a paragraph's end. A line runs on into the next when it leaves no room
/// for the next line's first word at the right of the text column, the next line starts at the left edge (no first-line
/// indent, no outline number such as 一、 or （二）), both are set alike (size, weight) and the lines follow at the usual
/// line pitch (a line with tabs, a signature line, may run on into a wrapped tail without tabs). Measured once per
/// document: the text column per page width, the usual pitch, and whether paragraphs begin indented or are parted by space.
/// </summary>
internal sealed partial class Paragraphs
{
    private const string SentenceEnds = "。！？；：!?;:";
    private const double CellSlack = 0.5;

    private readonly Dictionary<int, (double Left, double Right)> _columns;
    private readonly double _pitch;
    private readonly double _cellPitch;
    private readonly bool _indented;
    private readonly double? _spaced;

    private Paragraphs(Dictionary<int, (double Left, double Right)> columns, double pitch, double cellPitch, bool indented, double? spaced) =>
        (_columns, _pitch, _cellPitch, _indented, _spaced) = (columns, pitch, cellPitch, indented, spaced);

    /// <summary>The column from the body lines of each page width: the leftmost shared start, 90th percentile of ends; the pitch most common between lines.</summary>
    public static Paragraphs Measure(IReadOnlyList<PageText> pages)
    {
        var columns = new Dictionary<int, (double Left, double Right)>();
        foreach (var group in pages.GroupBy(page => (int)Math.Round(page.Width)))
        {
            var body = group.SelectMany(page => page.Blocks.OfType<TextLine>()).Where(line => !line.IsFurniture).ToList();
            var lines = body.Where(line => line.Text.Length >= 6).ToList();
            if (lines.Count >= 3)
            {
                var rights = lines.Select(line => line.Right).Order().ToList();
                columns[group.Key] = (LeftEdge(body), rights[rights.Count * 9 / 10]);
            }
        }

        var cells = pages.SelectMany(page => page.Blocks.OfType<RuledTable>()).SelectMany(table => table.Regions).Select(region => region.Lines);
        return new Paragraphs(columns, Pitch(pages.Select(page => page.Blocks.OfType<TextLine>())), Pitch(cells), Indented(pages, columns), Spaced(pages, columns));
    }

    /// <summary>
    /// The pitch of a paragraph's wrapped lines when the document parts its paragraphs by space (a browser printing HTML's
    /// paragraphs with their margins), else null: the most common gap after a full line, and after nearly every short line
    /// that ends a sentence (a paragraph's last line) the next line stands further than that by half a letter or more.
    /// </summary>
    private static double? Spaced(IReadOnlyList<PageText> pages, Dictionary<int, (double Left, double Right)> columns)
    {
        var (wrapped, ends) = (new Dictionary<int, int>(), new List<double>());
        foreach (var (above, below, column) in BodyLinePairs(pages, columns))
        {
            var gap = (above.Baseline - below.Baseline) / below.Size;
            if (Math.Abs(above.Size - below.Size) >= 0.5 || below.Left >= column.Left + (4 * below.Size) || gap is <= 0.8 or >= 4)
            {
                continue;
            }

            if (above.Right >= column.Right - (2 * above.Size))
            {
                var key = (int)Math.Round(gap * 20);
                wrapped[key] = wrapped.GetValueOrDefault(key) + 1;
            }
            else if (SentenceEnds.Contains(above.Text[^1], StringComparison.Ordinal))
            {
                ends.Add(gap);
            }
        }

        if (wrapped.Count == 0 || ends.Count < 5)
        {
            return null;
        }

        var pitch = wrapped.MaxBy(pair => pair.Value).Key / 20.0;
        return ends.Count(gap => gap >= pitch + 0.5) >= ends.Count * 0.9 ? pitch : null;
    }

    /// <summary>
    /// Whether the document begins its paragraphs with an indent: the lines after a short line that ends a sentence
    /// (a paragraph's last line) nearly all start about two letters in. Then a line at the left edge goes on with a paragraph.
    /// </summary>
    private static bool Indented(IReadOnlyList<PageText> pages, Dictionary<int, (double Left, double Right)> columns)
    {
        var (starts, indented) = (0, 0);
        foreach (var (above, below, column) in BodyLinePairs(pages, columns))
        {
            if (SentenceEnds.Contains(above.Text[^1], StringComparison.Ordinal) && above.Right < column.Right - (3 * above.Size)
                && Math.Abs(above.Size - below.Size) < 0.5 && below.Left < column.Left + (4 * below.Size))
            {
                starts++;
                indented += (below.Left - column.Left) / below.Size is > 1.5 and < 2.5 ? 1 : 0;
            }
        }

        return starts >= 5 && indented >= starts * 0.9;
    }

    /// <summary>Each line of a page's body (no furniture) with the line above it, on pages whose text column is known.</summary>
    private static IEnumerable<(TextLine Above, TextLine Below, (double Left, double Right) Column)> BodyLinePairs(
        IReadOnlyList<PageText> pages, Dictionary<int, (double Left, double Right)> columns)
    {
        foreach (var page in pages)
        {
            if (!columns.TryGetValue((int)Math.Round(page.Width), out var column))
            {
                continue;
            }

            var lines = page.Blocks.OfType<TextLine>().Where(line => !line.IsFurniture).ToList();
            for (var i = 1; i < lines.Count; i++)
            {
                yield return (lines[i - 1], lines[i], column);
            }
        }
    }

    /// <summary>
    /// The leftmost start that several lines share (short ones too: the tail of a wrapped line): not a percentile,
    /// which in a text of short indented paragraphs (one or two lines each) would be the indent.
    /// </summary>
    private static double LeftEdge(List<TextLine> lines)
    {
        var shared = Math.Max(3, lines.Count / 50);
        var starts = lines.GroupBy(line => Math.Round(line.Left)).Where(group => group.Count() >= shared).Select(group => group.Min(line => line.Left)).ToList();
        return starts.Count > 0 ? starts.Min() : lines.Select(line => line.Left).Order().ElementAt(lines.Count / 10);
    }

    /// <summary>The most common distance between the baselines of consecutive lines set alike, in letter sizes.</summary>
    private static double Pitch(IEnumerable<IEnumerable<TextLine>> runs)
    {
        var pitches = new Dictionary<int, int>();
        foreach (var run in runs)
        {
            TextLine? above = null;
            foreach (var line in run)
            {
                if (above is not null && Math.Abs(above.Size - line.Size) < 0.5 && (above.Baseline - line.Baseline) / line.Size is > 0.8 and < 3 and var ratio)
                {
                    var key = (int)Math.Round(ratio * 20);
                    pitches[key] = pitches.GetValueOrDefault(key) + 1;
                }

                above = line;
            }
        }

        return pitches.Count == 0 ? 1.6 : pitches.MaxBy(pair => pair.Value).Key / 20.0;
    }

    /// <summary>
    /// Whether <paramref name="below"/> goes on with the paragraph of <paramref name="above"/> (on the same page, or the first
    /// line of the next); <paramref name="paragraph"/> is that paragraph's text so far, <paramref name="row"/> the number
    /// the last line that began with one began with (<see cref="RowNumber"/>).
    /// </summary>
    public bool RunsOn(TextLine above, TextLine below, double pageWidth, bool samePage, string paragraph, int row)
    {
        if (!_columns.TryGetValue((int)Math.Round(pageWidth), out var column) || column.Right - column.Left < pageWidth * 0.4
            || above.Right - above.Left < (column.Right - column.Left) / 2 || below.Left > column.Left + (below.Size / 2))
        {
            return false;
        }

        // A full line that ends a sentence is taken as a paragraph's end, unless paragraphs begin indented: joining two
        // paragraphs (a caption to the text above it) is worse than leaving a paragraph in two at a full stop.
        // Nor when paragraphs are parted by space: then a line at the pitch of wrapped lines, on the same page, goes on.
        // But a paragraph that counts its points inline (「一是……。」) goes on with the next (「二是……」) after a full stop,
        // and a label that ends a full line goes on with its amount (「项目支出：」 over 「285.25 万元」).
        // A line with numbers side by side (「基本支出 121,306.75 124,870.12」, or cells apart: 「总分 100 96.71」 over 「自评等」)
        // is a row of a table printed without rules;
        // so is a line that begins with the number after the one the last such line began with (「7 新建学校竣工」 after 「6 ……」).
        // Such a row's tail of bare figures still goes on when the row could not hold its first figure within the margins.
        return (!samePage || AtPitch(above, below, _pitch)) && Alike(above, below) && !PageFurniture.IsPageNumber(below.Text)
            && (_indented || (_spaced is { } wrapped && samePage && AtPitch(above, below, wrapped)) || !SentenceEnds.Contains(above.Text[^1], StringComparison.Ordinal) || CountsOn(paragraph, below.Text) || ValueAfterLabel(above, below))
            && ((!NumbersSideBySide().IsMatch(above.Text) && !NumbersSideBySide().IsMatch(below.Text)) || RowTailWrapped(above, below, pageWidth - column.Left))
            && (RowNumber(below.Text) is not { } number || number == 1 || number != row + 1)
            && above.Right >= column.Right - (below.FirstWordWidth + above.Size);
    }

    private static bool ValueAfterLabel(TextLine above, TextLine below) =>
        above.Text[^1] is '：' or ':' && AmountAhead().IsMatch(below.Text);

    /// <summary>
    /// Whether <paramref name="below"/> holds nothing but figures that did not fit after the figure ending <paramref name="above"/>:
    /// its first figure would have passed the right margin, taken as the mirror of the left (<paramref name="marginRight"/>).
    /// A table row printed as a paragraph (「人员经费 2,887.14 2,951.30」 over 「2,950.08」), wrapped by the width, not broken.
    /// </summary>
    private static bool RowTailWrapped(TextLine above, TextLine below, double marginRight) =>
        char.IsAsciiDigit(above.Text[^1]) && Figures().IsMatch(below.Text)
        && above.Right + (above.Size / 4) + below.FirstWordWidth > marginRight;

    /// <summary>
    /// The number a line begins with, apart, before Chinese (「7 新建学校竣工」): a row of a table printed as text, as
    /// pdftotext leaves one; null for any other line (「7.」 and 「7、」 are outline numbers, 「2023 年」 no row).
    /// </summary>
    public static int? RowNumber(string text) =>
        RowStart().Match(Script.Fold(text)) is { Success: true } match ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>Whether <paramref name="line"/> begins with the next inline point (「二是」) of a paragraph that made the one before (「：一是」).</summary>
    private static bool CountsOn(string paragraph, string line) =>
        Marker.Read(Script.Fold(line)) is { Style: MarkerStyle.Inline, Ordinal: > 1 } marker && Script.Fold(paragraph) is var folded
        && (Marker.Read(folded) is { Style: MarkerStyle.Inline } first && first.Ordinal == marker.Ordinal - 1
            || InlinePoints().Matches(folded).Any(match => Numerals.Chinese(match.Groups[1].Value) == marker.Ordinal - 1));

    /// <summary>
    /// Whether a line in a table cell wraps into the next: no room left before the cell's right edge for the next line's
    /// first word (a pair that may not be split, 「学、」, counts as one), the next line at the usual pitch. Cells are set
    /// flush left, so a line that left room for that word ended its paragraph (a name on a line of its own); half a
    /// letter of slack for LibreOffice's spacing between Chinese and digits.
    /// </summary>
    public bool RunsOnInCell(TextLine above, TextLine below, double textRight) =>
        (above.Page != below.Page || AtPitch(above, below, _cellPitch)) && Alike(above, below)
        && above.Right > textRight - below.FirstWordWidth - (CellSlack * above.Size);

    /// <summary>
    /// Whether two letters of a column a character wide stand a blank line apart on one page, which is no paragraph's end:
    /// each line of such a column is full, so it shows none, and LibreOffice leaves a line blank where a space comes before
    /// a word too long for the line (「预算 3,620.50」 prints 算, a blank line, then 3).
    /// </summary>
    public bool SpaceInLetterColumn(TextLine above, TextLine below, double textRight) =>
        above.Page == below.Page && Alike(above, below) && above.Text.Length == 1 && below.Text.Length == 1 && textRight - above.Left < 1.5 * above.Size
        && (above.Baseline - below.Baseline) / above.Size is var ratio && Math.Abs(ratio - (2 * _cellPitch)) <= (0.15 * _cellPitch) + 0.05;

    private static bool AtPitch(TextLine above, TextLine below, double pitch) =>
        (above.Baseline - below.Baseline) / above.Size is var ratio && ratio > 0 && ratio <= (pitch * 1.15) + 0.05;

    /// <summary>
    /// What goes between two wrapped lines: nothing in Chinese, a space between two words. A number broken in a narrow
    /// cell (「4,126,500.0」「0」) is joined; two numbers in running text are kept apart, never glued into one.
    /// </summary>
    public static string Joint(TextLine above, TextLine below, bool inCell)
    {
        var (last, first) = (above.Text[^1], below.Text[0]);
        return char.IsAsciiDigit(last) && char.IsAsciiDigit(first) ? (inCell ? "" : " ")
            : char.IsAsciiLetterOrDigit(last) && char.IsAsciiLetterOrDigit(first) ? " " : "";
    }

    private static bool Alike(TextLine above, TextLine below) =>
        Math.Abs(above.Size - below.Size) <= above.Size * 0.1 && above.Bold == below.Bold
        && !below.Text.Contains('\t', StringComparison.Ordinal)
        && (Marker.Read(Script.Fold(below.Text)) is null or { Style: MarkerStyle.Inline } || AmountFirst().IsMatch(below.Text));

    /// <summary>A line that begins with an amount or score (「12. 35 万元。」「92. 6」, spaced as OCR leaves it): not the outline number 12.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\d+\. ?\d+ ?(?:" + Money.Units + @"|%|分|$)")]
    private static partial System.Text.RegularExpressions.Regex AmountFirst();

    [System.Text.RegularExpressions.GeneratedRegex(@"^[-+]?\d[\d,]*(?:\.\d+)? ?(?:" + Money.Units + @"|%)")]
    private static partial System.Text.RegularExpressions.Regex AmountAhead();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(\d{1,2}) +\p{IsCJKUnifiedIdeographs}")]
    private static partial System.Text.RegularExpressions.Regex RowStart();

    /// <summary>An inline point after a stop or a comma (「：一是」「；二是」), not 「统一是」.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"[，。；：,;:]([一二三四五六七八九十]{1,3})是")]
    private static partial System.Text.RegularExpressions.Regex InlinePoints();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\d[\d,.]*%?(?:[ \u3000]+\d[\d,.]*%?)*$")]
    private static partial System.Text.RegularExpressions.Regex Figures();

    [System.Text.RegularExpressions.GeneratedRegex(@"\d[ \t\u3000]+[-+]?\d")]
    private static partial System.Text.RegularExpressions.Regex NumbersSideBySide();
}
