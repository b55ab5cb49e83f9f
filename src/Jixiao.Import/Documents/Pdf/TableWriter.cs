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
                foreach (var region in byRow[r].OrderBy(region => region.Left))
                {
                    var first = Nearest(columns, region.Left);
                    var span = Math.Max(1, Nearest(columns, region.Right) - first);
                    builder.BeginCell(span);
                    if (region.Row == r)
                    {
                        Cell(builder, region, string.Create(CultureInfo.InvariantCulture, $"表 {number} 第 {row} 行第 {first + 1} 列"), paragraphs);
                    }

                    builder.EndCell();
                }

                builder.EndRow();
            }
        }

        builder.EndTable();
    }

    private static void Cell(LaidOutText.Builder builder, Region region, string name, Paragraphs paragraphs)
    {
        var lines = region.Lines;
        if (lines.Count == 0)
        {
            return;
        }

        var padding = Math.Clamp(lines.Min(line => line.Left) - region.Left, 1, 8);
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                var (above, below) = (lines[i - 1], lines[i]);
                if (paragraphs.RunsOnInCell(above, below, region.Right - padding) && (!Digits(above, below) || IsBrokenNumber(above, below, region.Right - padding)))
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
    /// rest is shorter. Two numbers set one under the other are not glued into one.
    /// </summary>
    private static bool IsBrokenNumber(TextLine above, TextLine below, double textRight) =>
        above.Right >= textRight - (above.Size * 0.75) && below.Right - below.Left < above.Right - above.Left;

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
