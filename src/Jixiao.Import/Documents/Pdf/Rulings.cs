using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;
using UglyToad.PdfPig.Graphics.Colors;

namespace Jixiao.Import.Documents.Pdf;

/// <summary>
/// The horizontal and vertical rules a page draws, as tables draw their borders: stroked lines (LibreOffice), thin
/// filled rectangles (Word), stroked rectangles (a cell at a time). Rules drawn in pieces are joined; white rules,
/// clipping paths, curves and wide filled areas (cell shading) are not rules.
/// </summary>
internal static class Rulings
{
    /// <summary>Past this many pieces a page is a drawing, not a table: it is read as text only, which bounds the work.</summary>
    private const int MaxPieces = 20_000;

    private const double Thin = 2.5;

    /// <summary>The page's rules, but for the frames of hex boxes (<see cref="HexBoxes"/>), drawn where <paramref name="boxes"/> say.</summary>
    public static (List<Rule> Horizontal, List<Rule> Vertical) Find(IReadOnlyList<PdfPath> paths, Frame frame, List<(double Left, double Right, double Bottom, double Top)> boxes)
    {
        var (horizontal, vertical) = (new List<Rule>(), new List<Rule>());
        foreach (var path in paths)
        {
            if (path.IsClipping || horizontal.Count + vertical.Count > MaxPieces)
            {
                continue;
            }

            var stroked = path.IsStroked && !IsWhite(path.StrokeColor);
            var filled = path.IsFilled && !IsWhite(path.FillColor);
            foreach (var subpath in path)
            {
                if (filled && subpath.GetBoundingRectangle() is { } box)
                {
                    var (x1, y1) = frame.Map(box.Left, box.Bottom);
                    var (x2, y2) = frame.Map(box.Right, box.Top);
                    var (left, right, bottom, top) = (Math.Min(x1, x2), Math.Max(x1, x2), Math.Min(y1, y2), Math.Max(y1, y2));
                    if (top - bottom <= Thin && right - left > top - bottom)
                    {
                        horizontal.Add(new Rule((top + bottom) / 2, left, right));
                        continue;
                    }

                    if (right - left <= Thin && top - bottom > right - left)
                    {
                        vertical.Add(new Rule((left + right) / 2, bottom, top));
                        continue;
                    }
                }

                if (stroked)
                {
                    Strokes(subpath, frame, horizontal, vertical);
                }
            }
        }

        if (boxes.Count > 0)
        {
            horizontal.RemoveAll(rule => boxes.Exists(box => rule.From >= box.Left && rule.To <= box.Right && rule.At >= box.Bottom && rule.At <= box.Top));
            vertical.RemoveAll(rule => boxes.Exists(box => rule.From >= box.Bottom && rule.To <= box.Top && rule.At >= box.Left && rule.At <= box.Right));
        }

        return horizontal.Count + vertical.Count > MaxPieces ? ([], []) : (Join(horizontal), Join(vertical));
    }

    private static void Strokes(PdfSubpath subpath, Frame frame, List<Rule> horizontal, List<Rule> vertical)
    {
        PdfPoint? start = null;
        PdfPoint? at = null;
        foreach (var command in subpath.Commands)
        {
            switch (command)
            {
                case PdfSubpath.Move move:
                    (start, at) = (move.Location, move.Location);
                    break;
                case PdfSubpath.Line line:
                    Add(line.From, line.To, frame, horizontal, vertical);
                    at = line.To;
                    break;
                case PdfSubpath.Close when start is { } first && at is { } last:
                    Add(last, first, frame, horizontal, vertical);
                    at = first;
                    break;
                default:
                    at = null; // a curve: its end is not needed, a curve is no rule
                    break;
            }
        }
    }

    private static void Add(PdfPoint from, PdfPoint to, Frame frame, List<Rule> horizontal, List<Rule> vertical)
    {
        var (x1, y1) = frame.Map(from.X, from.Y);
        var (x2, y2) = frame.Map(to.X, to.Y);
        if (Math.Abs(y1 - y2) <= 0.5 && Math.Abs(x1 - x2) > 0.5)
        {
            horizontal.Add(new Rule((y1 + y2) / 2, Math.Min(x1, x2), Math.Max(x1, x2)));
        }
        else if (Math.Abs(x1 - x2) <= 0.5 && Math.Abs(y1 - y2) > 0.5)
        {
            vertical.Add(new Rule((x1 + x2) / 2, Math.Min(y1, y2), Math.Max(y1, y2)));
        }
    }

    /// <summary>Pieces on one line (within a point and a half) that touch or nearly touch become one rule.</summary>
    private static List<Rule> Join(List<Rule> pieces)
    {
        pieces.Sort(static (a, b) => a.At != b.At ? a.At.CompareTo(b.At) : a.From.CompareTo(b.From));
        var rules = new List<Rule>();
        for (var i = 0; i < pieces.Count;)
        {
            var end = i;
            while (end < pieces.Count && pieces[end].At - pieces[i].At <= 1.5)
            {
                end++;
            }

            var line = pieces.GetRange(i, end - i);
            line.Sort(static (a, b) => a.From.CompareTo(b.From));
            var at = line.Average(static piece => piece.At);
            var (from, to) = (line[0].From, line[0].To);
            foreach (var piece in line)
            {
                if (piece.From > to + 2)
                {
                    rules.Add(new Rule(at, from, to));
                    from = piece.From;
                }

                to = Math.Max(to, piece.To);
            }

            rules.Add(new Rule(at, from, to));
            i = end;
        }

        return rules;
    }

    private static bool IsWhite(IColor? color)
    {
        if (color is null)
        {
            return false;
        }

        try
        {
            var (r, g, b) = color.ToRGBValues();
            return r > 0.95 && g > 0.95 && b > 0.95;
        }
        catch (Exception e) when (e is NotImplementedException or NotSupportedException or InvalidOperationException)
        {
            return false; // a pattern or a colour space without RGB: drawn, so not white
        }
    }
}
