namespace Jixiao.Import.Documents.Pdf;

/// <summary>
/// Tables printed without rules (a browser printing HTML, a word processor's table without borders), found as PDF tools
/// find them: a run of lines set close, some with columns apart, whose ink leaves the same gutters down the run. The
/// gutters give the columns; a gap between lines wider than the run's line pitch gives a row (cell padding), so a cell
/// wrapped over several lines, a character a line in a narrow column, stays one cell. Read as a table only when a row
/// has more than one line: a table of one-line rows is read as its lines, tab-separated, as before.
/// One pass over the lines and one sort of their spans per run: no work grows faster than the lines.
/// </summary>
internal static class UnruledTables
{
    /// <summary>Baselines further apart than this many letter sizes are not in one table.</summary>
    private const double MaxLineGap = 2.0;

    /// <summary>Baselines up to this many letter sizes apart may be in one table when the lines on both sides are one.</summary>
    private const double MaxRowGap = 4.5;

    /// <summary>Ink closer than this many letter sizes across lines is one column.</summary>
    private const double MinGutter = 0.5;

    /// <summary>Baselines up to this many letter sizes apart may be rows of a table going on at the top of a page: a line and a cell's padding.</summary>
    private const double MaxContinuedGap = 2.5;

    /// <summary>Points apart that two columns' text may start and be one column's (text set flush left starts at one place).</summary>
    private const double AlignSlack = 1.5;

    /// <summary>Baselines closer than this many letter sizes are lines of cells side by side, never two lines of one cell.</summary>
    private const double SideBySide = 0.9;

    /// <summary>How many lines back the line above in the same column is looked for (columns whose lines fall between).</summary>
    private const int MaxInterleaved = 4;

    /// <summary>
    /// The tables among a page's lines (top to bottom); <paramref name="rules"/>, the page's horizontal rules by height, part
    /// tables printed one under the other; <paramref name="carried"/>, a table that ended the page before, whose rows the
    /// lines at the top of this page may go on with (<see cref="Continued"/>).
    /// </summary>
    public static List<RuledTable> Find(List<TextLine> lines, double pageWidth, List<Rule> rules, RuledTable? carried = null)
    {
        var tables = FindOwn(lines, pageWidth, rules);
        if (carried is null)
        {
            return tables;
        }

        if ((tables.Count == 0 || tables[0].Top < lines[0].Baseline) && Continued(lines, carried, tables.Count == 0 ? double.MinValue : tables[0].Top, out _) is { } continued)
        {
            tables.Insert(0, continued);
        }
        else if (tables.Count > 0 && !Compatible(carried, tables[0]) && Continued(lines, carried, double.MinValue, out var taken) is { } going && taken < lines.Count)
        {
            // A table of other columns read from the top of the page took in the rows that go on with the table before
            // (a list under the table's last cell, set close to it): those rows go on, the lines after are read on their own.
            tables = FindOwn(lines[taken..], pageWidth, rules);
            tables.Insert(0, going);
        }

        return tables;
    }

    /// <summary>The table printed without rules that a page ends with (after it at most a page number), or null.</summary>
    public static RuledTable? Last(PageText page)
    {
        for (var i = page.Blocks.Count - 1; i >= 0; i--)
        {
            switch (page.Blocks[i])
            {
                case RuledTable { Ruled: false } table:
                    return table;
                case TextLine line when PageFurniture.IsPageNumber(line.Text):
                    continue;
                default:
                    return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The rows at the top of a page that go on with a table printed without rules that ended the page before, read in its
    /// columns: a part too short to show its columns on its own (the rest of a row the page broke, a cell a character a
    /// line in a narrow column, a label centred beside it). Taken only while each stretch of a line's ink starts where one of
    /// the table's columns starts its text and stays in that column, lines follow as one table's (<see cref="GoesOn"/>), and some
    /// text stands in a column right of the first (a paragraph or a title at the left margin is not a row). Null otherwise;
    /// <paramref name="end"/>: how many lines at the top were taken.
    /// </summary>
    private static RuledTable? Continued(List<TextLine> lines, RuledTable carried, double above, out int end)
    {
        end = 0;
        while (end < lines.Count && lines[end].Baseline > above && InColumns(carried, lines, end, end + 1)
            && (end == 0 || (Math.Abs(lines[end - 1].Size - lines[end].Size) <= 0.1 * lines[end].Size && GoesOn(lines[end - 1], lines[end]))))
        {
            end++;
        }

        var inner = false;
        for (var i = 0; i < end; i++)
        {
            inner |= lines[i].Spans[^2] > carried.Ink[1];
        }

        // Rows no taller than their lines are no sign of a table (as on a page of its own, see Rows), unless the page opens
        // with the table's head printed again (a word processor repeats a table's header row on each page it runs over).
        if (end == 0 || !inner || Rows(lines, 0, end, carried.Pitch, double.MaxValue) is not { } rows
            || (!RepeatsHead(lines[0], carried) && (!rows.MultiLine || rows.Ys.Length - 1 > Math.Max(1, end / 2))))
        {
            return null;
        }

        // Each column's text as wide as the page before printed it, or wider where this page does (a cell's paragraph ends short of it).
        var ink = (double[])carried.Ink.Clone();
        for (var i = 0; i < end; i++)
        {
            for (var s = 0; s < lines[i].Spans.Length; s += 2)
            {
                var column = -1;
                for (var c = 0; c < ink.Length && column < 0; c += 2)
                {
                    column = Math.Abs(lines[i].Spans[s] - carried.Ink[c]) <= 0.5 * lines[i].Size ? c : -1;
                }

                ink[column + 1] = Math.Max(ink[column + 1], lines[i].Spans[s + 1]);
            }
        }

        var xs = (double[])carried.Xs.Clone();
        xs[^1] = Math.Max(xs[^1], ink[^1] + 1.5);
        return Grid(xs, rows, ink, carried, null);
    }

    /// <summary>
    /// Whether a line at the top of a page, in the columns of the table before, is in the same table as the line above it:
    /// at most a cell's padding apart, or a row's padding and more where the line prints text in two of the table's columns,
    /// each where that column's text starts: under a row that a page broke a browser may leave more room than the row's
    /// padding (wkhtmltopdf up to a line more), and a paragraph or a heading has no such columns.
    /// </summary>
    private static bool GoesOn(TextLine above, TextLine below)
    {
        var gap = above.Baseline - below.Baseline;
        return gap <= MaxContinuedGap * below.Size || (gap <= MaxRowGap * below.Size && below.Spans.Length > 2);
    }

    private static List<RuledTable> FindOwn(List<TextLine> lines, double pageWidth, List<Rule> rules)
    {
        var tables = new List<RuledTable>();
        var widest = lines.Count == 0 ? 0 : lines.Max(static line => line.Right - line.Left);
        var (start, end, table) = (0, 0, (RuledTable?)null);
        while (end < lines.Count)
        {
            // The next stretch of lines set close, up to a gap or a rule across them.
            var (from, afterRule) = (end, end > 0 && Joins(lines[end - 1], lines[end], widest, pageWidth));
            var to = from + 1;
            while (to < lines.Count && Joins(lines[to - 1], lines[to], widest, pageWidth) && !RuleBetween(lines[to - 1], lines[to], rules, pageWidth))
            {
                to++;
            }

            var next = Table(lines, from, to);
            end = to;
            if (from == 0)
            {
                table = next;
                continue;
            }

            // A table goes on under a rule (its header's) and over an empty row or a tall cell's padding (a wider gap) when
            // the lines after it read as the same columns. Lines in columns that are no table on their own (one row: the rest
            // of a row the page broke, at the top of the next page) go with the table under them when all are one table.
            // Letters a line in a column a character wide, parted from the table by a blank line of their cell (a line break
            // right after a full line), are in the table whose column they stand in.
            var bridges = Bridges(lines[from - 1], lines[from], widest, pageWidth);
            if ((afterRule
                    || (next is not null && bridges && (table is null ? Columned(lines, start, from) || (Letters(lines, start, from) && InColumns(next, lines, start, from)) : Aligned(table, next)))
                    || (next is null && table is not null && bridges && Letters(lines, from, to) && InColumns(table, lines, from, to)))
                && (table is null || next is null || Compatible(table, next)) && Table(lines, start, to) is { } longer)
            {
                table = longer;
                continue;
            }

            if (table is not null)
            {
                tables.Add(table);
            }

            (start, table) = (from, next);
        }

        if (table is not null)
        {
            tables.Add(table);
        }
        else if (start > 0 && start < lines.Count && Table(lines, start, lines.Count, oneRow: true) is { } foot
            && (tables.Count == 0 || !Aligned(tables[^1], foot)) && !LastColumnDown(foot, lines, start))
        {
            // The page ends with lines in columns that are one row under other text: the first row of a table the page
            // broke, whose table the next page goes on with (TableRuns keeps it then). Lines at the top of the page are
            // the table of the page before going on (Continued); lines in the columns of the table above are its rows.
            foot.Loose = lines[start..];
            tables.Add(foot);
        }

        return tables;
    }

    /// <summary>
    /// Whether two tables printed without rules are one: no column's text in either overlaps two columns' text in the other,
    /// and three columns meet. A page may leave a column empty, or print only a centred header in it.
    /// </summary>
    public static bool Compatible(RuledTable above, RuledTable below) => Overlaps(above.Ink, below.Ink) >= 3 && Overlaps(below.Ink, above.Ink) >= 3;

    /// <summary>
    /// Whether the columns of two tables printed one under the other with a gap between start their text at the same places,
    /// most of those that meet: text is set flush left in its column, so a table goes on in the same columns. Two tables of
    /// other column widths printed one under the other (a converter's table split in two) meet in columns that start apart.
    /// </summary>
    private static bool Aligned(RuledTable above, RuledTable below)
    {
        var (meeting, aligned) = (0, 0);
        for (var i = 0; i < above.Ink.Length; i += 2)
        {
            for (var j = 0; j < below.Ink.Length; j += 2)
            {
                if (above.Ink[i] < below.Ink[j + 1] && above.Ink[i + 1] > below.Ink[j])
                {
                    meeting++;
                    aligned += Math.Abs(above.Ink[i] - below.Ink[j]) <= AlignSlack ? 1 : 0;
                }
            }
        }

        return aligned * 2 >= meeting;
    }

    /// <summary>How many of the stretches of <paramref name="ink"/> overlap one of <paramref name="other"/>; -1 when one overlaps two.</summary>
    private static int Overlaps(double[] ink, double[] other)
    {
        var shared = 0;
        for (var i = 0; i < ink.Length; i += 2)
        {
            var overlapping = 0;
            for (var j = 0; j < other.Length; j += 2)
            {
                overlapping += ink[i] < other[j + 1] && ink[i + 1] > other[j] ? 1 : 0;
            }

            if (overlapping > 1)
            {
                return -1;
            }

            shared += overlapping;
        }

        return shared;
    }

    /// <summary>Whether a line prints the first row of a table, one line a cell, in its columns (that <see cref="InColumns"/> checks).</summary>
    private static bool RepeatsHead(TextLine line, RuledTable table) =>
        line.Spans.Length > 2 && table.RowText(0).Replace("\u0001", "", StringComparison.Ordinal) is { Length: > 0 } head
        && string.Concat(line.Text.Where(static letter => !char.IsWhiteSpace(letter))) == head;

    /// <summary>Whether each stretch of ink of the lines [start, end) stands in one column of the table and starts where that column's text starts.</summary>
    private static bool InColumns(RuledTable table, List<TextLine> lines, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var spans = lines[i].Spans;
            for (var s = 0; s < spans.Length; s += 2)
            {
                var column = -1;
                for (var c = 0; c < table.Ink.Length; c += 2)
                {
                    if (spans[s] < table.Ink[c + 1] && spans[s + 1] > table.Ink[c])
                    {
                        column = column < 0 ? c : int.MaxValue;
                    }
                }

                if (column is < 0 or int.MaxValue || Math.Abs(spans[s] - table.Ink[column]) > 0.5 * lines[i].Size)
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Whether some ink of one line stands over some ink of the other.</summary>
    private static bool Overlap(TextLine a, TextLine b) => Overlaps(a.Spans, b.Spans) != 0;

    private static bool OneBaseline(TextLine line) => line.High - line.Low < 0.1 * line.Size;

    /// <summary>Whether the lines [start, end) print text in columns apart, on one line at least.</summary>
    private static bool Columned(List<TextLine> lines, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (lines[i].Spans.Length > 2)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether two letters one under the other in a column a character wide stand two lines apart: a blank line of their
    /// cell (a line break right after a full line), not a row's padding.
    /// </summary>
    private static bool BlankLineBetween(TextLine above, TextLine below, double pitch) =>
        Letters([above, below], 0, 2) && Overlap(above, below) && Math.Abs(above.Baseline - below.Baseline - (2 * pitch)) <= 0.1 * below.Size;

    /// <summary>Whether each of the lines [start, end) is one letter: a column a character wide.</summary>
    private static bool Letters(List<TextLine> lines, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (lines[i].Text.Trim().Length != 1)
            {
                return false;
            }
        }

        return end > start;
    }

    /// <summary>A rule drawn between two lines across a third of the page: a table's border or its header's.</summary>
    private static bool RuleBetween(TextLine above, TextLine below, List<Rule> rules, double pageWidth)
    {
        var (low, high) = (below.Baseline + (0.6 * below.Size), above.Baseline);
        var at = rules.BinarySearch(new Rule(low, 0, 0), RuleHeight.Instance);
        for (var i = at < 0 ? ~at : at; i < rules.Count && rules[i].At < high; i++)
        {
            if (rules[i].To - rules[i].From >= 0.3 * pageWidth)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Joins(TextLine above, TextLine below, double widest, double pageWidth) =>
        Math.Abs(above.Size - below.Size) <= 0.1 * above.Size
        && above.Baseline - below.Baseline <= MaxLineGap * Math.Max(above.Size, below.Size)
        && Tabular(above, widest, pageWidth) && Tabular(below, widest, pageWidth);

    private static bool Bridges(TextLine above, TextLine below, double widest, double pageWidth) =>
        Math.Abs(above.Size - below.Size) <= 0.1 * above.Size
        && above.Baseline - below.Baseline <= MaxRowGap * Math.Max(above.Size, below.Size)
        && Tabular(above, widest, pageWidth) && Tabular(below, widest, pageWidth);

    /// <summary>A line that may stand in a table: with columns apart, or short (a cell's wrapped line), not a paragraph's full line.</summary>
    private static bool Tabular(TextLine line, double widest, double pageWidth) =>
        line.Spans.Length > 2 || line.Right - line.Left < Math.Min(0.6 * widest, 0.35 * pageWidth);

    /// <summary>
    /// Whether every line from <paramref name="start"/> has ink in the table's last column: rows of one line each (a table
    /// whose rows are short, as a browser prints scores), not one row whose cells the page broke over lines (a wrapped row
    /// fills its last column on some lines only).
    /// </summary>
    private static bool LastColumnDown(RuledTable table, List<TextLine> lines, int start) =>
        table.Ink.Length >= 4 && lines.Skip(start).All(line => line.Spans.Length >= 2 && line.Spans[^1] > table.Ink[^2]);

    /// <summary>
    /// The run's lines [start, end) as a table, or null when they are not one (trimmed at lines that cross its gutters);
    /// with <paramref name="oneRow"/>, also when they are one row of several lines.
    /// </summary>
    private static RuledTable? Table(List<TextLine> lines, int start, int end, bool oneRow = false)
    {
        var columned = 0;
        for (var i = start; i < end; i++)
        {
            columned += lines[i].Spans.Length > 2 ? 1 : 0;
        }

        if (end - start < (oneRow ? 2 : 3) || columned < 1)
        {
            return null;
        }

        var core = Columns(lines, start, end, static line => line.Spans.Length > 2);
        if (core.Count < 2)
        {
            return null;
        }

        // Lines at either end that cross a gutter of the columned lines (a caption, a note under the table) are not in it;
        // inside, such a line is a cell wider than the columned lines showed (the columns are taken from all lines).
        while (start < end && Crosses(lines[start], core))
        {
            start++;
        }

        while (end > start && Crosses(lines[end - 1], core))
        {
            end--;
        }

        var columns = Gutters(lines, start, end);
        if (columns.Count < 2 || end - start < (oneRow ? 2 : 3))
        {
            return null;
        }

        if (Rows(lines, start, end, 0, columns[1].Left) is not { } rows || !rows.MultiLine || rows.Ys.Length < (oneRow ? 2 : 3))
        {
            return null;
        }

        var xs = new double[columns.Count + 1];
        for (var c = 0; c < columns.Count; c++)
        {
            // Column lines just left of each column's ink: text is set flush left, so they stand alike on every page.
            xs[c] = c == 0 ? columns[0].Left - 1.5 : Math.Max(columns[c].Left - 1.5, (columns[c - 1].Right + columns[c].Left) / 2);
        }

        // The last column's text may be narrower than a merged cell's over it, which reaches further right.
        xs[^1] = Math.Max(columns[^1].Right, Enumerable.Range(start, end - start).Max(i => lines[i].Right)) + 1.5;
        return Grid(xs, rows, [.. columns.SelectMany(static column => (double[])[column.Left, column.Right])], null, Spanned(lines, start, end, columns, rows.Ys));
    }

    /// <summary>A table of one cell per column and row line; <paramref name="spanned"/>[r, c] when row r's cell in column c goes on over column c + 1.</summary>
    private static RuledTable Grid(double[] xs, (double[] Ys, double Pitch, bool MultiLine, double[] Through) rows, double[] ink, RuledTable? carries, bool[,]? spanned)
    {
        var (ys, columns) = (rows.Ys, xs.Length - 1);
        var regions = new List<Region>((ys.Length - 1) * columns);
        var regionOfCell = new int[(ys.Length - 1) * columns];
        for (var r = 0; r < ys.Length - 1; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                // A cell whose text crosses the gutters of its row's columns spans them (a merged cell of HTML).
                var last = c;
                while (last + 1 < columns && spanned is not null && spanned[r, last])
                {
                    last++;
                }

                // A label's cell whose text runs on over the rows' padding spans those rows (rowspan).
                if (last == c && r > 0 && InColumn(rows.Through[r], xs, c) && regions[regionOfCell[((r - 1) * columns) + c]] is var upper
                    && upper.Left >= xs[c] && upper.Right <= xs[c + 1])
                {
                    regionOfCell[(r * columns) + c] = regionOfCell[((r - 1) * columns) + c];
                    continue;
                }

                var down = 1;
                while (last == c && r + down < ys.Length - 1 && InColumn(rows.Through[r + down], xs, c) && (spanned is null || !spanned[r + down, c]))
                {
                    down++;
                }

                for (var k = c; k <= last; k++)
                {
                    regionOfCell[(r * columns) + k] = regions.Count;
                }

                regions.Add(new Region(r, down, xs[c], xs[last + 1]));
                c = last;
            }
        }

        return new RuledTable(xs, ys, regions, regionOfCell) { Ruled = false, Ink = ink, Pitch = rows.Pitch, Carries = carries };
    }

    /// <summary>Whether the cell going on across a row line (its text starting at <paramref name="label"/>, NaN for none) is in column <paramref name="c"/>.</summary>
    private static bool InColumn(double label, double[] xs, int c) => label >= xs[c] && label < xs[c + 1];

    /// <summary>
    /// The columns of a run of lines: where the ink of its narrow pieces stands, taken narrowest first, so that a cell
    /// merged over several columns (its text across their gutters, in one row) does not join them in every row. A piece
    /// that would bridge two columns is such a cell; it is placed by <see cref="Spanned"/>.
    /// </summary>
    private static List<(double Left, double Right)> Gutters(List<TextLine> lines, int start, int end)
    {
        var spans = new List<(double Left, double Right, double Size)>();
        for (var i = start; i < end; i++)
        {
            for (var s = 0; s < lines[i].Spans.Length; s += 2)
            {
                spans.Add((lines[i].Spans[s], lines[i].Spans[s + 1], lines[i].Size));
            }
        }

        spans.Sort(static (a, b) => (a.Right - a.Left).CompareTo(b.Right - b.Left));
        var columns = new List<(double Left, double Right)>();
        foreach (var (left, right, size) in spans)
        {
            var gutter = MinGutter * size;
            var first = columns.FindIndex(column => left < column.Right + gutter && right > column.Left - gutter);
            if (first < 0)
            {
                var at = columns.FindIndex(column => column.Left > left);
                columns.Insert(at < 0 ? columns.Count : at, (left, right));
            }
            else if (first + 1 == columns.Count || right <= columns[first + 1].Left - gutter)
            {
                if (first == 0 || left >= columns[first - 1].Right + gutter)
                {
                    columns[first] = (Math.Min(columns[first].Left, left), Math.Max(columns[first].Right, right));
                }
            }
        }

        return Confirmed(lines, start, end, columns);
    }

    /// <summary>
    /// The columns without the gutters that text crosses and no line prints text on both sides of, next to each other: such
    /// a gutter (left by a header's wrapped word centred under it, a short number set flush left) is inside a column, and
    /// the pieces across it are that column's text.
    /// </summary>
    private static List<(double Left, double Right)> Confirmed(List<TextLine> lines, int start, int end, List<(double Left, double Right)> columns)
    {
        var (confirmed, crossed) = (new bool[columns.Count], new bool[columns.Count]);
        for (var i = start; i < end; i++)
        {
            var spans = lines[i].Spans;
            for (var s = 0; s < spans.Length; s += 2)
            {
                var first = columns.FindIndex(column => spans[s] < column.Right && spans[s + 1] > column.Left);
                for (var c = first; c >= 0 && c + 1 < columns.Count && spans[s + 1] > columns[c + 1].Left; c++)
                {
                    crossed[c] = true;
                }
            }

            for (var s = 2; s < spans.Length; s += 2)
            {
                var before = columns.FindIndex(column => spans[s - 2] < column.Right && spans[s - 1] > column.Left);
                var after = columns.FindLastIndex(column => spans[s] < column.Right && spans[s + 1] > column.Left);
                if (before >= 0 && after == before + 1 && spans[s - 1] <= columns[after].Left && spans[s] >= columns[before].Right)
                {
                    confirmed[before] = true;
                }
            }

            // Lines closer than a letter's height are no two lines of one cell: they are cells side by side, centred in
            // their row at other heights (a label wrapped to two lines beside an amount on one). Text in two columns next
            // to each other there parts them as one line's would.
            for (var j = i + 1; j < end && lines[i].Baseline - lines[j].Baseline < SideBySide * Math.Max(lines[i].Size, lines[j].Size); j++)
            {
                ConfirmApart(lines[i], lines[j], columns, confirmed);
                ConfirmApart(lines[j], lines[i], columns, confirmed);
            }
        }

        var merged = new List<(double Left, double Right)> { columns[0] };
        for (var c = 1; c < columns.Count; c++)
        {
            var gutter = confirmed[c - 1] || !crossed[c - 1];
            merged[^1] = gutter ? merged[^1] : (merged[^1].Left, Math.Max(merged[^1].Right, columns[c].Right));
            if (gutter)
            {
                merged.Add(columns[c]);
            }
        }

        // A piece that bridged two gutters now merged stands in one column: it widens it.
        for (var i = start; i < end; i++)
        {
            var spans = lines[i].Spans;
            for (var s = 0; s < spans.Length; s += 2)
            {
                var (left, right) = (spans[s], spans[s + 1]);
                var at = merged.FindIndex(column => left < column.Right && right > column.Left);
                if (at >= 0 && (at + 1 == merged.Count || right < merged[at + 1].Left) && (at == 0 || left > merged[at - 1].Right))
                {
                    merged[at] = (Math.Min(merged[at].Left, left), Math.Max(merged[at].Right, right));
                }
            }
        }

        return merged;
    }

    /// <summary>Confirms the gutter right of a column when <paramref name="left"/> prints text in that column alone and <paramref name="right"/> in the next column alone.</summary>
    private static void ConfirmApart(TextLine left, TextLine right, List<(double Left, double Right)> columns, bool[] confirmed)
    {
        var (ends, starts) = (new bool[columns.Count], new bool[columns.Count]);
        Within(left.Spans, columns, ends);
        Within(right.Spans, columns, starts);
        for (var c = 0; c + 1 < columns.Count; c++)
        {
            confirmed[c] |= ends[c] && starts[c + 1];
        }
    }

    /// <summary>Marks each column that one of the <paramref name="spans"/> stands in alone (crossing no gutter).</summary>
    private static void Within(double[] spans, List<(double Left, double Right)> columns, bool[] within)
    {
        for (var s = 0; s < spans.Length; s += 2)
        {
            var at = columns.FindIndex(column => spans[s] < column.Right && spans[s + 1] > column.Left);
            if (at >= 0 && (at + 1 == columns.Count || spans[s + 1] <= columns[at + 1].Left) && (at == 0 || spans[s] >= columns[at - 1].Right))
            {
                within[at] = true;
            }
        }
    }

    /// <summary>For each row and column, whether some text of the row crosses the gutter right of the column.</summary>
    private static bool[,] Spanned(List<TextLine> lines, int start, int end, List<(double Left, double Right)> columns, double[] ys)
    {
        var spanned = new bool[ys.Length - 1, columns.Count];
        for (var i = start; i < end; i++)
        {
            var row = 0;
            while (row + 2 < ys.Length && lines[i].Baseline < ys[row + 1])
            {
                row++;
            }

            for (var s = 0; s < lines[i].Spans.Length; s += 2)
            {
                var (left, right) = (lines[i].Spans[s], lines[i].Spans[s + 1]);
                var first = columns.FindIndex(column => left < column.Right && right > column.Left);
                for (var c = first; c >= 0 && c + 1 < columns.Count && right > columns[c + 1].Left; c++)
                {
                    spanned[row, c] = true;
                }
            }
        }

        return spanned;
    }

    private sealed class RuleHeight : IComparer<Rule>
    {
        public static readonly RuleHeight Instance = new();

        public int Compare(Rule x, Rule y) => x.At.CompareTo(y.At);
    }

    /// <summary>Whether a stretch of the line's ink bridges a gutter: it overlaps two columns.</summary>
    private static bool Crosses(TextLine line, List<(double Left, double Right)> columns)
    {
        for (var s = 0; s < line.Spans.Length; s += 2)
        {
            var (left, right) = (line.Spans[s], line.Spans[s + 1]);
            if (columns.Count(column => left < column.Right && right > column.Left) > 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The stretches of x no span of the chosen lines leaves a gutter in, left to right.</summary>
    private static List<(double Left, double Right)> Columns(List<TextLine> lines, int start, int end, Func<TextLine, bool> chosen)
    {
        var spans = new List<(double Left, double Right, double Size)>();
        for (var i = start; i < end; i++)
        {
            if (chosen(lines[i]))
            {
                for (var s = 0; s < lines[i].Spans.Length; s += 2)
                {
                    spans.Add((lines[i].Spans[s], lines[i].Spans[s + 1], lines[i].Size));
                }
            }
        }

        spans.Sort(static (a, b) => a.Left.CompareTo(b.Left));
        var columns = new List<(double Left, double Right)>();
        foreach (var (left, right, size) in spans)
        {
            if (columns.Count > 0 && left < columns[^1].Right + (MinGutter * size))
            {
                columns[^1] = (columns[^1].Left, Math.Max(columns[^1].Right, right));
            }
            else
            {
                columns.Add((left, right));
            }
        }

        return columns;
    }

    /// <summary>
    /// The row lines, top to bottom: where the gap between two lines is wider than the run's pitch (the smallest
    /// gap between lines set one under the other that comes back) by a fifth of a letter, the cells' padding. Null when
    /// no gap comes back (then <paramref name="known"/>, a pitch measured before, when not 0). Cells centred in their row
    /// print their lines at offsets that may be read as one line (「政法 全面开」 from two cells): the gap to a row's next
    /// line is taken from its closest letters, and the pitch only from lines whose letters stand on one baseline.
    /// MultiLine: whether a row has two lines (a table of one-line rows is read as its lines).
    /// A cell of the first column merged down several rows (text left of <paramref name="second"/>, where the second
    /// column's text starts) prints its lines, centred, across the other columns' padding between those rows: there the
    /// gap is taken between the lines of the other columns alone, and Through[k] (where the cell's text starts; NaN for
    /// none) says the first column's cell goes on across row line k. Only in a table whose rows show their padding elsewhere, and only a gap of lines and the padding:
    /// a gap of whole lines, or any gap where rows show no padding, is a cell's wrapped line beside cells of one line
    /// (LibreOffice's tables), not a row line. Such a cell's lines that fall close to another column's line (in any column
    /// left of the rows' other text) are read into it, at baselines of their own: there the gap is taken without them
    /// (<see cref="MergedLabelRowLine"/>), and Through[k] names that cell when it goes on across row line k.
    /// </summary>
    private static (double[] Ys, double Pitch, bool MultiLine, double[] Through)? Rows(List<TextLine> lines, int start, int end, double known, double second)
    {
        var gaps = new Dictionary<int, int>();
        for (var i = start + 1; i < end; i++)
        {
            // The line above in the same column: cells centred in their row print their lines between another column's.
            var above = i - 1;
            while (above > start && i - above < MaxInterleaved && !Overlap(lines[above], lines[i]))
            {
                above--;
            }

            var gap = lines[above].Baseline - lines[i].Baseline;
            if (gap >= 0.8 * lines[i].Size && OneBaseline(lines[above]) && OneBaseline(lines[i]) && Overlap(lines[above], lines[i]))
            {
                var key = (int)Math.Round(gap * 2);
                gaps[key] = gaps.GetValueOrDefault(key) + 1;
            }
        }

        var repeated = gaps.Where(static pair => pair.Value >= 2).Select(static pair => pair.Key).DefaultIfEmpty(-1).Min();
        if (repeated < 0 && known <= 0)
        {
            return null;
        }

        var pitch = repeated < 0 ? known : repeated / 2.0;
        var padded = false;
        for (var i = start + 1; i < end && !padded; i++)
        {
            padded = RowLine(lines[i - 1], lines[i], pitch);
        }

        var ys = new List<double> { lines[start].Baseline + lines[start].Size };
        var through = new List<double> { double.NaN };
        var multiLine = false;
        var rowLines = 1;
        var other = lines[start].Right >= second ? start : -1; // the last line with text beside the first column, since the last row line
        for (var i = start + 1; i < end; i++)
        {
            var (above, below) = (lines[i - 1], lines[i]);
            var label = double.NaN;
            if (RowLine(above, below, pitch) || (padded && MergedLabelRowLine(above, below, pitch, out label)))
            {
                ys.Add(((above.Baseline + below.Baseline) / 2) + (0.3 * below.Size));
                through.Add(label);
                rowLines = 1;
                other = below.Right >= second ? i : -1;
                continue;
            }

            if (padded && below.Right >= second && other >= 0 && other < i - 1 && lines[other].Low - below.High is var gap
                && gap > pitch + (0.2 * Math.Max(lines[other].Size, below.Size)) && Math.Abs(gap - (pitch * Math.Round(gap / pitch))) > 0.15 * pitch)
            {
                ys.Add(((lines[other].Baseline + below.Baseline) / 2) + (0.3 * below.Size));
                through.Add(lines[i - 1].Left);
                rowLines = 1;
            }
            else
            {
                multiLine |= ++rowLines > 1 && ys.Count > 0;
            }

            other = below.Right >= second ? i : other;
        }

        ys.Add(lines[end - 1].Baseline - (0.3 * lines[end - 1].Size));
        through.Add(double.NaN);
        return ([.. ys], pitch, multiLine, [.. through]);
    }

    /// <summary>Whether a row line stands between two lines one under the other: a gap wider than the pitch by the cells' padding.</summary>
    private static bool RowLine(TextLine above, TextLine below, double pitch) =>
        above.Low - below.High > pitch + (0.2 * Math.Max(above.Size, below.Size)) && !BlankLineBetween(above, below, pitch);

    /// <summary>
    /// Whether a row line stands between two lines once the letters of their leftmost column are left out, when that
    /// column's letters are a label merged down several rows and centred across them: a line of it read into a row's line
    /// at a baseline of its own (in one of the lines only: where it starts or ends), or going on from one line to the other
    /// at the pitch while the columns right of it show a row's padding (a gap of lines and the padding, not of whole lines:
    /// that is a cell's blank line). <paramref name="label"/>: where the label's text starts when it goes on across the
    /// row line, NaN otherwise.
    /// </summary>
    private static bool MergedLabelRowLine(TextLine above, TextLine below, double pitch, out double label)
    {
        label = double.NaN;
        if (above.SpanBaselines.Length != above.Spans.Length || below.SpanBaselines.Length != below.Spans.Length)
        {
            return false;
        }

        var (aboveLeft, aboveRight, belowLeft, belowRight) = (above.Spans[0], above.Spans[1], below.Spans[0], below.Spans[1]);
        var size = Math.Max(above.Size, below.Size);
        int fromAbove, fromBelow; // the first stretch of each line right of the label
        if (aboveRight <= belowLeft)
        {
            (fromAbove, fromBelow) = (2, 0); // the label's last line, beside the row above's last
        }
        else if (belowRight <= aboveLeft)
        {
            (fromAbove, fromBelow) = (0, 2); // the label's first line, beside the row below's first
        }
        else if (above.Spans.Length > 2 && below.Spans.Length > 2 && above.Spans[2] >= belowRight && below.Spans[2] >= aboveRight
            && above.SpanBaselines[1] - below.SpanBaselines[0] <= pitch + (0.2 * size))
        {
            (fromAbove, fromBelow, label) = (2, 2, Math.Min(aboveLeft, belowLeft)); // the label going on
        }
        else
        {
            return false;
        }

        var (low, high) = (double.MaxValue, double.MinValue);
        for (var s = fromAbove; s < above.Spans.Length; s += 2)
        {
            low = Math.Min(low, above.SpanBaselines[s + 1]);
        }

        for (var s = fromBelow; s < below.Spans.Length; s += 2)
        {
            high = Math.Max(high, below.SpanBaselines[s]);
        }

        var gap = low - high;
        if (fromAbove < above.Spans.Length && fromBelow < below.Spans.Length && gap > pitch + (0.2 * size) && Math.Abs(gap - (pitch * Math.Round(gap / pitch))) > 0.15 * pitch)
        {
            return true;
        }

        label = double.NaN;
        return false;
    }
}
