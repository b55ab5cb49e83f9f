namespace Jixiao.Import.Documents.Pdf;

/// <summary>
/// A letter as the reader needs it, in its line's frame: <see cref="X"/> and <see cref="Right"/> run along the line,
/// <see cref="Baseline"/> goes up the page (a later line has a lower baseline), sizes in points.
/// </summary>
internal readonly record struct Glyph(string Text, double X, double Right, double Baseline, double Size, bool Bold)
{
    public bool IsSpace => string.IsNullOrWhiteSpace(Text);

    /// <summary>The middle of the letter's em box, which decides the table cell it is printed in.</summary>
    public double MiddleY => Baseline + (Size * 0.3);

    public double MiddleX => (X + Right) / 2;

    /// <summary>Chinese, Japanese and Korean script, and full-width punctuation: no spaces between such letters.</summary>
    public bool IsWide => Text.Length > 0 && Text[0] >= '\u2E80';
}
