using System.Globalization;

namespace Jixiao.Import.Documents.Pdf;

/// <summary>
/// A character the printer had no glyph for, drawn as cairo and Pango draw one: a framed box holding the character's code
/// in small hexadecimal digits, two rows of two (three past U+FFFF), 「年」 as 5E over 74. AbiWord prints such boxes when its
/// font lacks a character. The box says which character it is: it is read as that character, at the size and on the
/// baseline of its line, and its frame is no table's rule.
/// </summary>
internal static class HexBoxes
{
    /// <summary>
    /// Replaces each box's digits in <paramref name="glyphs"/> by the character they name; returns where the boxes are
    /// drawn (left, right, bottom, top), for their frames to be left out of the rules.
    /// </summary>
    public static List<(double Left, double Right, double Bottom, double Top)> Decode(List<Glyph> glyphs)
    {
        var boxes = new List<(double Left, double Right, double Bottom, double Top)>();
        var digits = Enumerable.Range(0, glyphs.Count).Where(i => IsDigit(glyphs[i])).ToList();
        if (digits.Count < 4)
        {
            return boxes;
        }

        // A column of a box: a digit with another of the same size right under it, a row's height (its size and a point) lower.
        var columns = new List<(int Top, int Below)>();
        var byX = digits.OrderBy(i => glyphs[i].X).ToList();
        for (var a = 0; a < byX.Count; a++)
        {
            var top = glyphs[byX[a]];
            for (var b = a + 1; b < byX.Count && glyphs[byX[b]].X - top.X <= 0.1 * top.Size; b++)
            {
                if (IsRowBelow(top, glyphs[byX[b]]))
                {
                    columns.Add((byX[a], byX[b]));
                }
            }

            for (var b = a - 1; b >= 0 && top.X - glyphs[byX[b]].X <= 0.1 * top.Size; b--)
            {
                if (IsRowBelow(top, glyphs[byX[b]]))
                {
                    columns.Add((byX[a], byX[b]));
                }
            }
        }

        columns.Sort((p, q) => Math.Round(glyphs[q.Top].Baseline, 1).CompareTo(Math.Round(glyphs[p.Top].Baseline, 1)) is var byLine and not 0 ? byLine : glyphs[p.Top].X.CompareTo(glyphs[q.Top].X));
        var used = new HashSet<int>();
        var decoded = new List<Glyph>();
        for (var c = 0; c < columns.Count; c++)
        {
            if (used.Contains(columns[c].Top) || used.Contains(columns[c].Below))
            {
                continue;
            }

            // The box's next columns follow at one digit's advance and its padding: closer than the next box's first column.
            var box = new List<(int Top, int Below)> { columns[c] };
            for (var n = c + 1; n < columns.Count && box.Count < 3; n++)
            {
                var (last, next) = (glyphs[box[^1].Top], glyphs[columns[n].Top]);
                if (Math.Abs(next.Baseline - last.Baseline) > 0.05 * last.Size)
                {
                    break;
                }

                if (used.Contains(columns[n].Top) || used.Contains(columns[n].Below))
                {
                    continue;
                }

                var step = (next.X - last.X) / last.Size;
                if (step > 0.95)
                {
                    break;
                }

                // Digits in a box stand apart (a fifth of their size), where digits of a number touch, and nothing
                // is printed between them (a thousands separator between the digits of numbers in a column).
                if (step >= 0.7 && step <= 0.9 && (next.X - last.Right) / last.Size >= 0.15 && !Between(glyphs, last, next))
                {
                    box.Add(columns[n]);
                }
            }

            // Three columns name a character past U+FFFF; when they do not, the third is the next box's.
            if (box.Count == 3 && Scalar(glyphs, box) is not > 0xFFFF)
            {
                box.RemoveAt(2);
            }

            if (box.Count < 2 || Scalar(glyphs, box) is not { } scalar || (box.Count == 3) != (scalar > 0xFFFF))
            {
                continue;
            }

            var (first, end) = (glyphs[box[0].Top], glyphs[box[^1].Top]);
            var baseline = (first.Baseline + glyphs[box[0].Below].Baseline) / 2;
            var size = 2 * first.Size;
            decoded.Add(new Glyph(char.ConvertFromUtf32(scalar), first.X, end.Right, baseline, size, Bold: false));
            boxes.Add((first.X - first.Size, end.Right + first.Size, glyphs[box[0].Below].Baseline - first.Size, first.Baseline + (1.5 * first.Size)));
            foreach (var (top, below) in box)
            {
                used.Add(top);
                used.Add(below);
            }
        }

        if (used.Count > 0)
        {
            var kept = glyphs.Where((_, i) => !used.Contains(i)).ToList();
            glyphs.Clear();
            glyphs.AddRange(kept);
            glyphs.AddRange(decoded);
        }

        return boxes;
    }

    /// <summary>The character the box's digits name (its top row, then its bottom row), or null when they name none.</summary>
    private static int? Scalar(List<Glyph> glyphs, List<(int Top, int Below)> box)
    {
        var code = string.Concat(box.Select(column => glyphs[column.Top].Text)) + string.Concat(box.Select(column => glyphs[column.Below].Text));
        return int.TryParse(code, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var scalar)
            && scalar is >= 0x20 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF) ? scalar : null;
    }

    /// <summary>Whether a letter stands between two digits of a row, on that row or on the row of digits under it.</summary>
    private static bool Between(List<Glyph> glyphs, Glyph last, Glyph next) => glyphs.Exists(glyph =>
        glyph.X > last.X && glyph.X < next.X && (glyph.X >= last.Right - (0.05 * last.Size) || glyph.Size > last.Size * 1.2)
        && last.Baseline - glyph.Baseline is var drop && drop > -0.5 * last.Size && drop < 1.7 * last.Size);

    /// <summary>Whether <paramref name="below"/> is a digit of the box's lower row under <paramref name="top"/>: same size, a row lower.</summary>
    private static bool IsRowBelow(Glyph top, Glyph below) =>
        Math.Abs(below.Size - top.Size) < 0.01 * top.Size && (top.Baseline - below.Baseline) / top.Size is > 1.05 and < 1.3;

    private static bool IsDigit(Glyph glyph) => glyph.Text is [var c] && char.IsAsciiHexDigitUpper(c);
}
