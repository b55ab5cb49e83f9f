using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Jixiao.Import.Documents.Pdf;

/// <summary>
/// One page into lines and ruled tables. The page is read in the direction most of its letters run; letters that run
/// another way (a sideways note) become lines after the page's own; slanted ones (a watermark), letters outside
/// the page's crop box and numbers cut by their box's clip (<see cref="ClippedNumbers"/>) are left out.
/// </summary>
internal static class PageReader
{
    /// <summary>The farthest a page's edge is taken to be from the origin: no real page is wider than 14,400 points (200 inches, the PDF limit).</summary>
    private const double MaxCoordinate = 100_000;

    /// <summary>The page's lines and tables; <paramref name="carried"/>, a table printed without rules that ended the page before.</summary>
    public static PageText Read(Page page, LetterCensus census, RuledTable? carried)
    {
        var frames = new List<Glyph>[4];
        for (var i = 0; i < frames.Length; i++)
        {
            frames[i] = [];
        }

        // PdfPig gives a turned page's letters as the page is seen: then the box seen is (0, 0) to its width and height.
        var box = Bounded(page.Rotation.Value == 0 ? page.CropBox.Bounds : new PdfRectangle(0, 0, page.Width, page.Height));
        var letters = page.Letters;
        var clipped = page.Rotation.Value == 0 ? ClippedNumbers.Of(letters, page.Paths, box) : [];
        for (var index = 0; index < letters.Count; index++)
        {
            var letter = letters[index];
            var frame = Frames.Of(letter);
            var (atX, atY) = (letter.StartBaseLine.X, letter.StartBaseLine.Y);
            if (!census.Count(letter.Value) || frame == Frame.Slanted || atX < box.Left - 1 || atX > box.Right + 1 || atY < box.Bottom - 1 || atY > box.Top + 1)
            {
                continue; // slanted (a watermark), or off the page: not printed
            }

            var value = letter.Value;
            if (clipped.Contains(index))
            {
                // A number cut by the box it is printed in is not the number printed: one mark, where its first letter
                // stands, takes its place, so its cell is not taken as empty (「总分 | 100 | …」 names no score).
                if (clipped.Contains(index - 1))
                {
                    continue;
                }

                value = LaidOutText.CutNumber;
            }

            var (x, y) = frame.Map(letter.StartBaseLine.X, letter.StartBaseLine.Y);
            var (end, _) = frame.Map(letter.EndBaseLine.X, letter.EndBaseLine.Y);
            var size = letter.PointSize is > 0 and < 1000 ? letter.PointSize : Math.Max(1, letter.BoundingBox.Height);
            var bold = letter.FontDetails?.IsBold == true || letter.RenderingMode == TextRenderingMode.FillThenStroke;
            frames[(int)frame].Add(new Glyph(value, x, Math.Max(end, x), y, size, bold));
        }

        var main = (Frame)Array.FindIndex(frames, list => list.Count == frames.Max(other => other.Count));
        for (var i = 0; i < frames.Length; i++)
        {
            if (i != (int)main)
            {
                HexBoxes.Decode(frames[i]);
            }
        }

        var tables = Tables(page, main, frames[(int)main], HexBoxes.Decode(frames[(int)main]), out var free, out var rules);
        var lines = LineBuilder.Build(free, page.Number, tabs: true);
        if (UnruledTables.Find(lines, page.Width, rules, tables.Count == 0 ? carried : null) is { Count: > 0 } unruled)
        {
            lines = LineBuilder.Build(Into(unruled, free, page.Number), page.Number, tabs: true);
            tables.AddRange(unruled);
        }

        var blocks = new List<PageBlock>(lines);
        blocks.AddRange(tables);
        blocks.Sort(static (a, b) => b.Top.CompareTo(a.Top));
        foreach (var other in Enum.GetValues<Frame>().Where(frame => frame != main && frame != Frame.Slanted))
        {
            blocks.AddRange(LineBuilder.Build(frames[(int)other], page.Number, tabs: true));
        }

        Number(blocks);
        var (x1, y1) = main.Map(box.Left, box.Bottom);
        var (x2, y2) = main.Map(box.Right, box.Top);
        return new PageText(page.Number, Math.Max(y1, y2), Math.Min(y1, y2), Math.Abs(x2 - x1), blocks);
    }

    /// <summary>The box with its edges brought within reach: a crafted box of 10^35 points would overflow the layout's arithmetic.</summary>
    private static PdfRectangle Bounded(PdfRectangle box)
    {
        static double Edge(double value) => double.IsNaN(value) ? 0 : Math.Clamp(value, -MaxCoordinate, MaxCoordinate);
        return new PdfRectangle(Edge(box.Left), Edge(box.Bottom), Edge(box.Right), Edge(box.Top));
    }

    /// <summary>The page's ruled tables with their cells' lines; <paramref name="free"/> gets the letters outside them.</summary>
    private static List<RuledTable> Tables(Page page, Frame frame, List<Glyph> glyphs, List<(double Left, double Right, double Bottom, double Top)> boxes, out List<Glyph> free, out List<Rule> rules)
    {
        var (horizontal, vertical) = Rulings.Find(page.Paths, frame, boxes);
        rules = horizontal;
        var tables = TableGrid.Find(horizontal, vertical);
        if (tables.Count == 0)
        {
            free = glyphs;
            return tables;
        }

        free = Into(tables, glyphs, page.Number);
        return tables;
    }

    /// <summary>Puts the letters printed in the tables into their cells and reads the cells; returns the other letters.</summary>
    private static List<Glyph> Into(List<RuledTable> tables, List<Glyph> glyphs, int page)
    {
        var free = new List<Glyph>(glyphs.Count);
        foreach (var glyph in glyphs)
        {
            Region? region = null;
            for (var t = 0; t < tables.Count && region is null; t++)
            {
                region = tables[t].At(glyph.MiddleX, glyph.MiddleY);
            }

            (region?.Glyphs ?? free).Add(glyph);
        }

        ReadCells(tables, page);
        return free;
    }

    private static void ReadCells(List<RuledTable> tables, int page)
    {
        foreach (var region in tables.SelectMany(table => table.Regions))
        {
            region.Lines = LineBuilder.Build(region.Glyphs, page, tabs: false);
            region.Glyphs.Clear();
        }

        tables.RemoveAll(table => !table.HasText);
    }

    /// <summary>Numbers the lines of the page top to bottom, those in table cells too, as a reader counts them.</summary>
    private static void Number(List<PageBlock> blocks)
    {
        var lines = new List<TextLine>();
        foreach (var block in blocks)
        {
            if (block is TextLine line)
            {
                lines.Add(line);
            }
            else if (block is RuledTable table)
            {
                lines.AddRange(table.Regions.SelectMany(region => region.Lines));
            }
        }

        // Lines side by side (the cells of a table row) are one printed line.
        lines.Sort(static (a, b) => b.Baseline.CompareTo(a.Baseline));
        var (number, baseline) = (0, double.MaxValue);
        foreach (var line in lines)
        {
            if (baseline - line.Baseline > 0.4 * line.Size)
            {
                (number, baseline) = (number + 1, line.Baseline);
            }

            line.Number = number;
        }
    }
}
