using System.Globalization;

namespace Jixiao.Import.Documents.Pdf;

/// <summary>
/// A ruled table (with its continuations) as rows of cells, one row a line: a merged cell's text in its first row
/// with its span, empty cells under it for the rows it spans; a cell's lines joined into paragraphs. Each line keeps its place, with the cell named 「表 t 第 r 行第 c 列」.
/// </summary>
internal static class TableWriter
{
    public static void Write(LaidOutText.Builder builder, RuledTable table, int number, Paragraphs paragraphs)
    {
        List<RuledTable> parts = [table, .. table.Continuations];
        var columns = Columns(parts);
        var ink = table.Ruled ? [] : Ink(parts);
        builder.BeginTable();
        var row = 0;
        foreach (var part in parts)
        {
            var byRow = new List<Region>[part.RowCount];
            for (var r = 0; r < byRow.Length; r++)
            {
                byRow[r] = [];
            }

            foreach (var region in part.Regions)
            {
                for (var r = region.Row; r < region.Row + region.Rows; r++)
                {
                    byRow[r].Add(region);
                }
            }

            for (var r = part.RepeatedRows; r < part.RowCount; r++)
            {
                row++;
                builder.BeginRow();
                var at = 0;
                foreach (var region in byRow[r].OrderBy(region => region.Left))
                {
                    var (first, span) = table.Ruled ? Span(columns, region) : Columns(ink, part, region);
                    for (; !table.Ruled && at < first; at++)
                    {
                        // A part without rules may have fewer columns than the table (a page that leaves some empty): its
                        // cells stand in the table's columns their text is printed in.
                        builder.EmptyCell();
                    }

                    at = Math.Max(at, first) + span;
                    builder.BeginCell(span);
                    if (region.Row == r)
                    {
                        // Without rules a column is as wide as its longest line, which a wrapped line fills.
                        Cell(builder, region, string.Create(CultureInfo.InvariantCulture, $"表 {number} 第 {row} 行第 {first + 1} 列"), paragraphs, table.Ruled ? null : ink[first + span - 1].Right);
                    }

                    builder.EndCell();
                }

                for (; !table.Ruled && at < ink.Count; at++)
                {
                    builder.EmptyCell();
                }

                builder.EndRow();
            }
        }

        builder.EndTable();
    }

    private static void Cell(LaidOutText.Builder builder, Region region, string name, Paragraphs paragraphs, double? inkRight)
    {
        var lines = region.Lines;
        if (lines.Count == 0)
        {
            return;
        }

        var textRight = inkRight ?? region.Right - Math.Clamp(lines.Min(line => line.Left) - region.Left, 1, 8);
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                var (above, below) = (lines[i - 1], lines[i]);
                // Two numbers a blank line apart in a column a character wide are two numbers, never one.
                if (paragraphs.RunsOnInCell(above, below, textRight) ? !Digits(above, below) || IsBrokenNumber(above, below, textRight)
                    : paragraphs.SpaceInLetterColumn(above, below, textRight) && !Digits(above, below))
                {
                    builder.Markup(Paragraphs.Joint(above, below, inCell: true));
                }
                else
                {
                    builder.CellBreak();
                }
            }

            builder.Append(lines[i].Text, lines[i].Place(name));
        }
    }

    private static bool Digits(TextLine above, TextLine below) => char.IsAsciiDigit(above.Text[^1]) && char.IsAsciiDigit(below.Text[0]);

    /// <summary>
    /// A number too wide for its cell, broken at the edge: its first part runs to the edge (no room for one more digit) and the
    /// rest is shorter. Two numbers set one under the other are not glued into one; but a column too narrow for two digits
    /// (a browser's or a word processor's table without set widths) prints a number a digit or two a line.
    /// </summary>
    private static bool IsBrokenNumber(TextLine above, TextLine below, double textRight) =>
        above.Right >= textRight - (above.Size * 0.75)
        && (below.Right - below.Left < above.Right - above.Left || textRight - above.Left < 1.5 * above.Size);

    /// <summary>The column lines of all parts, within a few points as one.</summary>
    private static double[] Columns(List<RuledTable> parts)
    {
        var all = parts.SelectMany(part => part.Xs).Order().ToList();
        var columns = new List<double> { all[0] };
        foreach (var x in all)
        {
            if (x - columns[^1] > 3)
            {
                columns.Add(x);
            }
        }

        return [.. columns];
    }

    private static (int First, int Span) Span(double[] columns, Region region)
    {
        var first = Nearest(columns, region.Left);
        return (first, Math.Max(1, Nearest(columns, region.Right) - first));
    }

    /// <summary>
    /// Without rules, the columns of all parts as one: where any part's column text stands, overlapping stretches joined
    /// (the parts were taken as one table because no column of one overlaps two of another's).
    /// </summary>
    private static List<(double Left, double Right)> Ink(List<RuledTable> parts)
    {
        var stretches = new List<(double Left, double Right)>();
        foreach (var part in parts)
        {
            for (var i = 0; i < part.Ink.Length; i += 2)
            {
                stretches.Add((part.Ink[i], part.Ink[i + 1]));
            }
        }

        stretches.Sort();
        var columns = new List<(double Left, double Right)>();
        foreach (var (left, right) in stretches)
        {
            if (columns.Count > 0 && left < columns[^1].Right)
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

    /// <summary>The columns of all parts that a cell of a part without rules stands in: the first and how many (a merged cell).</summary>
    private static (int First, int Span) Columns(List<(double Left, double Right)> columns, RuledTable part, Region region)
    {
        var (left, right) = part.TextSpan(region);
        var first = Best(columns, left, Math.Min(right, part.Ink.Length > 0 ? ColumnRight(part, region.Left) : right));
        var last = Best(columns, Math.Max(left, part.Ink.Length > 0 ? ColumnLeft(part, region.Right) : left), right);
        return (first, Math.Max(1, last - first + 1));
    }

    private static double ColumnRight(RuledTable part, double x) => Array.IndexOf(part.Xs, x) is var c and >= 0 && (2 * c) + 1 < part.Ink.Length ? part.Ink[(2 * c) + 1] : double.MaxValue;

    private static double ColumnLeft(RuledTable part, double x) => Array.IndexOf(part.Xs, x) - 1 is var c and >= 0 && (2 * c) < part.Ink.Length ? part.Ink[2 * c] : double.MinValue;

    private static int Best(List<(double Left, double Right)> columns, double left, double right)
    {
        var (best, most) = (0, double.MinValue);
        for (var i = 0; i < columns.Count; i++)
        {
            var overlap = Math.Min(right, columns[i].Right) - Math.Max(left, columns[i].Left);
            (best, most) = overlap > most ? (i, overlap) : (best, most);
        }

        return best;
    }

    private static int Nearest(double[] columns, double x)
    {
        var index = Array.BinarySearch(columns, x);
        if (index >= 0)
        {
            return index;
        }

        index = ~index;
        return index == 0 ? 0 : index == columns.Length || x - columns[index - 1] < columns[index] - x ? index - 1 : index;
    }
}
