namespace Jixiao.Import.Documents.Pdf;

/// <summary>
/// Rows of a table printed without rules one line each (read as tab-separated lines): a browser pads cells less than the
/// gap a tab needs, and prints nothing for an empty cell, so a row would lose a column boundary or its blank last cells and
/// its numbers would move under the wrong head. In a run of three or more lines set close, each in columns apart, the
/// gutters no line's ink crosses are the run's column boundaries, taken only where some line of the run has a tab across
/// them: then every line of the run gets a tab for each such gutter its gaps stand across or it ends before.
/// </summary>
internal static partial class LineBuilder
{
    /// <summary>
    /// Baselines further apart than this many letter sizes are not rows of one table: a browser's rows are two letters apart
    /// (lines 1.5 letters high and a quarter letter's padding each side), a head row between rules a little more.
    /// </summary>
    private const double MaxRowPitch = 2.5;

    private static void AlignColumns(List<List<Glyph>> groups, List<TextLine> lines, int page)
    {
        var start = 0;
        while (start < lines.Count)
        {
            var end = start;
            while (end < lines.Count && lines[end].Spans.Length > 2 && (end == start || Close(lines[end - 1], lines[end])))
            {
                end++;
            }

            if (end - start >= 3 && Gutters(lines, start, end) is { Count: > 0 } gutters)
            {
                for (var i = start; i < end; i++)
                {
                    lines[i] = Line(groups[i], page, tabs: true, gutters) ?? lines[i];
                }
            }

            start = Math.Max(end, start + 1);
        }
    }

    private static bool Close(TextLine above, TextLine below) =>
        Math.Abs(above.Size - below.Size) <= 0.1 * above.Size && above.Baseline - below.Baseline <= MaxRowPitch * Math.Max(above.Size, below.Size);

    /// <summary>The middles of the gutters of the lines [start, end) that a tab of one of them stands across, left to right.</summary>
    private static List<double> Gutters(List<TextLine> lines, int start, int end)
    {
        var ink = new List<(double Left, double Right)>();
        for (var i = start; i < end; i++)
        {
            for (var s = 0; s < lines[i].Spans.Length; s += 2)
            {
                ink.Add((lines[i].Spans[s], lines[i].Spans[s + 1]));
            }
        }

        ink.Sort(static (a, b) => a.Left.CompareTo(b.Left));
        var gutters = new List<double>();
        var right = ink[0].Right;
        foreach (var (left, stretchRight) in ink)
        {
            if (left > right && Tabbed(lines, start, end, (left + right) / 2))
            {
                gutters.Add((left + right) / 2);
            }

            right = Math.Max(right, stretchRight);
        }

        return gutters;
    }

    /// <summary>Whether a line of [start, end) leaves a column's gap (as <see cref="Line"/> writes a tab for) across <paramref name="x"/>.</summary>
    private static bool Tabbed(List<TextLine> lines, int start, int end, double x)
    {
        for (var i = start; i < end; i++)
        {
            var spans = lines[i].Spans;
            for (var s = 1; s + 1 < spans.Length; s += 2)
            {
                if (spans[s] < x && spans[s + 1] > x && spans[s + 1] - spans[s] >= ColumnGap * lines[i].Size)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
