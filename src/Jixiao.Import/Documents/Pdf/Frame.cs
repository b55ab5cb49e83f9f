using UglyToad.PdfPig.Content;

namespace Jixiao.Import.Documents.Pdf;

/// <summary>
/// The direction text runs on a page. Coordinates are turned so that lines run along x and follow each other down y,
/// as on an upright page: a rotated page (or a landscape table printed sideways) is read like any other.
/// </summary>
internal enum Frame
{
    Upright,
    UpsideDown,

    /// <summary>Text running down the page (turned a quarter clockwise); its next line is to the left.</summary>
    Down,

    /// <summary>Text running up the page; its next line is to the right.</summary>
    Up,

    /// <summary>At an angle (a watermark, a stamp): not read.</summary>
    Slanted,
}

internal static class Frames
{
    public static (double X, double Y) Map(this Frame frame, double x, double y) => frame switch
    {
        Frame.UpsideDown => (-x, -y),
        Frame.Down => (-y, x),
        Frame.Up => (y, -x),
        _ => (x, y),
    };

    /// <summary>The frame of a letter from its baseline; a baseline off an axis by a few degrees (a skewed scan's text layer) still counts.</summary>
    public static Frame Of(Letter letter)
    {
        var (dx, dy) = (letter.EndBaseLine.X - letter.StartBaseLine.X, letter.EndBaseLine.Y - letter.StartBaseLine.Y);
        if (Math.Abs(dx) < 1e-6 && Math.Abs(dy) < 1e-6)
        {
            return letter.TextOrientation switch
            {
                TextOrientation.Horizontal => Frame.Upright,
                TextOrientation.Rotate180 => Frame.UpsideDown,
                TextOrientation.Rotate90 => Frame.Down,
                TextOrientation.Rotate270 => Frame.Up,
                _ => Frame.Slanted,
            };
        }

        const double tolerance = 0.09; // about 5 degrees
        if (Math.Abs(dy) <= Math.Abs(dx) * tolerance)
        {
            return dx > 0 ? Frame.Upright : Frame.UpsideDown;
        }

        if (Math.Abs(dx) <= Math.Abs(dy) * tolerance)
        {
            return dy < 0 ? Frame.Down : Frame.Up;
        }

        return Frame.Slanted;
    }
}
