using System.Text;

namespace Jixiao.Import.Documents.Pdf;

/// <summary>
/// Letters into lines: letters whose baselines lie within a fraction of their size are one line, read left to right.
/// Between letters goes a space where the gap is a space's width (never between two Chinese characters set close),
/// and, outside tables, a tab where it is a column's: the pipeline reads tab-separated lines as table rows.
/// One sort by baseline and one by position along each line: no work grows faster than the letters.
/// </summary>
internal static partial class LineBuilder
{
    /// <summary>A gap of this many letter sizes separates columns (justified text never stretches a gap this far).</summary>
    private const double ColumnGap = 1.5;

    /// <summary>So many space letters in a row also separate columns, as in text (「填报单位：……    填报日期：……」).</summary>
    private const int ColumnSpaces = 3;

    /// <summary>A gap of this many letter sizes ends a span of ink: wider than a word space, as narrow as a table's gutter.</summary>
    private const double SpanGap = 0.5;

    public static List<TextLine> Build(List<Glyph> glyphs, int page, bool tabs)
    {
        var lines = new List<TextLine>();
        if (glyphs.Count == 0)
        {
            return lines;
        }

        glyphs.Sort(static (a, b) => b.Baseline.CompareTo(a.Baseline));
        var groups = new List<List<Glyph>>();
        var start = 0;
        var (baseline, size) = (glyphs[0].Baseline, glyphs[0].Size);
        for (var i = 1; i <= glyphs.Count; i++)
        {
            if (i < glyphs.Count && baseline - glyphs[i].Baseline <= 0.4 * Math.Max(size, glyphs[i].Size))
            {
                size = Math.Max(size, glyphs[i].Size);
                continue;
            }

            var group = glyphs.GetRange(start, i - start);
            if (Line(group, page, tabs, []) is { } line)
            {
                lines.Add(line);
                groups.Add(group);
            }

            if (i < glyphs.Count)
            {
                (start, baseline, size) = (i, glyphs[i].Baseline, glyphs[i].Size);
            }
        }

        if (tabs)
        {
            AlignColumns(groups, lines, page);
        }

        return lines;
    }

    /// <summary>Marks a line may not begin with (、。）) or end with (（「): the line above breaks before the pair, so it is the first word.</summary>
    private static bool KeptWithPrevious(Glyph before, Glyph glyph) =>
        "、，。；：！？）】」』》〉”’%…—,.;:!?)]".Contains(glyph.Text[0], StringComparison.Ordinal) || "（【「『《〈“‘([".Contains(before.Text[^1], StringComparison.Ordinal);

    /// <summary>
    /// The gap, in letter sizes, that reads as a space: a word space between Latin letters; more between Chinese and
    /// Latin, where Word and LibreOffice add a little space of their own (「2023年」 is printed with a gap); between two
    /// Chinese characters only a gap like two spaces (a spaced-out heading).
    /// </summary>
    private static double SpaceGap(Glyph before, Glyph after) => (before.IsWide, after.IsWide) switch
    {
        (true, true) => 0.6,
        (false, false) => 0.15,
        _ => 0.3,
    };

    /// <summary>
    /// Whether a narrower gap between two Chinese characters still parts them: a quarter of a letter or more where the
    /// line's other Chinese characters are set close (a table's cells printed without rules, with no space letter between
    /// them, as cairo and WeasyPrint print them); not in a justified or spaced-out line, whose gaps are all alike.
    /// </summary>
    private static bool PartsChinese(List<Glyph> line, double gap, double em, ref double? typical) =>
        gap >= 0.25 * em && gap >= (typical ??= TypicalChineseGap(line)) + 0.2 * em;

    /// <summary>The median gap between neighbouring Chinese characters of a line (sorted by position), space letters skipped.</summary>
    private static double TypicalChineseGap(List<Glyph> line)
    {
        var gaps = new List<double>();
        Glyph? before = null;
        foreach (var glyph in line)
        {
            if (glyph.IsSpace)
            {
                continue;
            }

            if (before is { IsWide: true } wide && glyph.IsWide)
            {
                gaps.Add(glyph.X - wide.Right);
            }

            before = glyph;
        }

        gaps.Sort();
        return gaps.Count == 0 ? 0 : gaps[gaps.Count / 2];
    }

    /// <summary>How many of <paramref name="gutters"/> lie between <paramref name="from"/> and <paramref name="to"/>: asked at every gap between letters, so a plain loop.</summary>
    private static int Crossed(List<double> gutters, double from, double to)
    {
        var crossed = 0;
        foreach (var gutter in gutters)
        {
            crossed += gutter > from && gutter < to ? 1 : 0;
        }

        return crossed;
    }

    /// <summary>
    /// One line of letters; <paramref name="gutters"/>, the column boundaries of the rows around it (<see cref="AlignColumns"/>):
    /// a tab for each one a gap stands across or the line ends before, so that each cell stays in its column.
    /// </summary>
    private static TextLine? Line(List<Glyph> glyphs, int page, bool tabs, List<double> gutters)
    {
        glyphs.Sort(static (a, b) => a.X.CompareTo(b.X));
        var text = new StringBuilder(glyphs.Count);
        Glyph? previous = null;
        var (spaces, bold, letters, size, baseline, firstWord) = (0, 0, 0, 0.0, 0.0, -1.0);
        var (left, right, high, low) = (0.0, 0.0, double.MinValue, double.MaxValue);
        var spans = new List<double>(4);
        var spanBaselines = new List<double>(4);
        double? typicalChineseGap = null;
        foreach (var glyph in glyphs)
        {
            if (glyph.IsSpace)
            {
                spaces += previous is null ? 0 : 1;
                continue;
            }

            if (previous is { } before)
            {
                if (glyph.Text == before.Text && glyph.X - before.X < 0.3 * glyph.Size)
                {
                    bold++; // drawn twice, slightly offset: a word processor's bold for a font without a bold face
                    continue;
                }

                var gap = glyph.X - before.Right;
                var em = Math.Max(glyph.Size, before.Size);
                if (gap >= SpanGap * em)
                {
                    spans.Add(right);
                    spans.Add(glyph.X);
                    spanBaselines.Add(glyph.Baseline);
                    spanBaselines.Add(glyph.Baseline);
                }

                var space = spaces > 0;
                var crossed = Crossed(gutters, before.Right, glyph.X);
                if (crossed > 0)
                {
                    text.Append('\t', crossed);
                }
                else if (tabs && (gap >= ColumnGap * em || (spaces >= ColumnSpaces && gap >= 0.8 * em)))
                {
                    text.Append('\t');
                }
                else if ((space && gap > 0.1 * em) || gap >= SpaceGap(before, glyph) * em
                    || (before.IsWide && glyph.IsWide && PartsChinese(glyphs, gap, em, ref typicalChineseGap)))
                {
                    text.Append(' ');
                }

                if (firstWord < 0 && (space || gap >= 0.2 * em || ((glyph.IsWide || before.IsWide) && !KeptWithPrevious(before, glyph))))
                {
                    firstWord = before.Right - left;
                }
            }
            else
            {
                left = glyph.X;
                spans.Add(left);
                spanBaselines.Add(glyph.Baseline);
                spanBaselines.Add(glyph.Baseline);
            }

            text.Append(glyph.Text);
            (previous, spaces, right) = (glyph, 0, Math.Max(right, glyph.Right));
            letters++;
            bold += glyph.Bold ? 1 : 0;
            size = Math.Max(size, glyph.Size);
            baseline += glyph.Baseline;
            (high, low) = (Math.Max(high, glyph.Baseline), Math.Min(low, glyph.Baseline));
            (spanBaselines[^2], spanBaselines[^1]) = (Math.Max(spanBaselines[^2], glyph.Baseline), Math.Min(spanBaselines[^1], glyph.Baseline));
        }

        if (letters == 0)
        {
            return null;
        }

        spans.Add(right);
        text.Append('\t', Crossed(gutters, right, double.MaxValue));
        return new TextLine
        {
            Text = text.ToString(),
            Page = page,
            Left = left,
            Right = right,
            Baseline = baseline / letters,
            High = high,
            Low = low,
            Size = size,
            Bold = bold * 2 > letters,
            FirstWordWidth = firstWord < 0 ? right - left : firstWord,
            Spans = [.. spans],
            SpanBaselines = [.. spanBaselines],
        };
    }
}
