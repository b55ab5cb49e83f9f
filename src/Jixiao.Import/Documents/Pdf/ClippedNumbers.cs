using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;

namespace Jixiao.Import.Documents.Pdf;

/// <summary>
/// Numbers cut by the right edge of a clipping rectangle: a browser prints a table wider than its box (pandoc's
/// 「overflow-x: auto」) clipped at the box's edge and leaves out the letters wholly beyond it, so 「97.32」 prints 「97」 and
/// 「10」 prints 「1」. A number whose last letter ends at the edge (within a sixth of its size) or crosses it is not the
/// number printed: it reads as <see cref="LaidOutText.CutNumber"/>, never as a different number. A number whose letters go on past the
/// edge (wkhtmltopdf draws them and leaves the clip to the viewer), one that goes on to its 「%」, and boxes reaching off
/// the page are left alone.
/// </summary>
internal static class ClippedNumbers
{
    private const double Reach = 1.0 / 6;

    /// <summary>The indexes of <paramref name="letters"/> (upright, in drawing order) that belong to a clipped number.</summary>
    public static HashSet<int> Of(IReadOnlyList<Letter> letters, IEnumerable<PdfPath> paths, PdfRectangle page)
    {
        var clipped = new HashSet<int>();
        // A box reaching off the page (wkhtmltopdf's) is no cell's or table's box.
        var edges = paths.Where(path => path.IsClipping).Select(path => path.GetBoundingRectangle()).OfType<PdfRectangle>()
            .Where(box => box.Left >= page.Left - 1 && box.Right <= page.Right + 1 && box.Bottom >= page.Bottom - 1 && box.Top <= page.Top + 1).ToList();
        if (edges.Count == 0)
        {
            return clipped;
        }

        for (var i = 0; i < letters.Count; i++)
        {
            var letter = letters[i];
            var cut = !IsNumeral(letter) || letter.Value == "%" || clipped.Contains(i) || Frames.Of(letter) != Frame.Upright ? -1 : edges.FindIndex(box => Cuts(box, letter));
            if (cut < 0)
            {
                continue;
            }

            var edge = edges[cut];

            var (from, to) = (i, i);
            while (from > 0 && Adjoins(letters[from - 1], letters[from]))
            {
                from--;
            }

            while (to + 1 < letters.Count && Adjoins(letters[to], letters[to + 1]))
            {
                to++;
            }

            // A producer that draws the number's letters past the edge (wkhtmltopdf) leaves the clip to the viewer: the letters are the number.
            // A number that goes on to its 「%」 printed all its digits.
            if (letters[to].Value != "%" && Enumerable.Range(i + 1, to - i).All(k => letters[k].StartBaseLine.X < edge.Right))
            {
                clipped.UnionWith(Enumerable.Range(from, to - from + 1));
            }
        }

        return clipped;
    }

    /// <summary>The letter starts inside the box and ends at its right edge or beyond.</summary>
    private static bool Cuts(PdfRectangle box, Letter letter)
    {
        var (start, end, y) = (letter.StartBaseLine.X, letter.EndBaseLine.X, letter.StartBaseLine.Y);
        var size = Math.Max(1, letter.PointSize);
        return y >= box.Bottom && y <= box.Top && start >= box.Left && start < box.Right && end >= box.Right - size * Reach
            && box.Right - box.Left > size; // a box narrower than a letter is a glyph's own clip, not a cell's
    }

    /// <summary>The next letter of the same number: on the same baseline, right after it.</summary>
    private static bool Adjoins(Letter before, Letter after)
    {
        var size = Math.Max(1, before.PointSize);
        return IsNumeral(before) && IsNumeral(after) && Math.Abs(before.StartBaseLine.Y - after.StartBaseLine.Y) < size * 0.2
            && Math.Abs(after.StartBaseLine.X - before.EndBaseLine.X) < size * 0.3;
    }

    private static bool IsNumeral(Letter letter) => letter.Value is { Length: 1 } value && (char.IsAsciiDigit(value[0]) || value[0] is '.' or ',' or '%' or '-' or '０' or '１' or '２' or '３' or '４' or '５' or '６' or '７' or '８' or '９');
}
