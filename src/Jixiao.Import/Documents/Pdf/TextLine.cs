namespace Jixiao.Import.Documents.Pdf;

/// <summary>
/// One printed line: its text (a space where the letters leave a space's gap, a tab where they leave a column's),
/// where it stands in its page's frame (points), and the number a reader counts it by on its page.
/// </summary>
internal sealed class TextLine : PageBlock
{
    public required string Text { get; init; }

    public required int Page { get; init; }

    public double Left { get; init; }

    public double Right { get; init; }

    public double Baseline { get; init; }

    /// <summary>The highest and the lowest of its letters' baselines: apart when letters set a little higher and lower were read as one line (cells centred in a row).</summary>
    public double High { get; init; }

    /// <inheritdoc cref="High"/>
    public double Low { get; init; }

    /// <summary>The largest letters' size: a footnote mark does not make a line smaller.</summary>
    public double Size { get; init; }

    public bool Bold { get; init; }

    /// <summary>How wide the line's first word (or first Chinese character) is: what the line above would need room for.</summary>
    public double FirstWordWidth { get; init; }

    /// <summary>
    /// The stretches of ink along the line, left and right edge in turn: letters closer than half a letter are one
    /// stretch. Columns of a table printed without rules are the gaps no line's ink crosses.
    /// </summary>
    public double[] Spans { get; init; } = [];

    /// <summary>The highest and the lowest baseline of each stretch's letters, in turn, as <see cref="Spans"/> gives the stretches.</summary>
    public double[] SpanBaselines { get; init; } = [];

    /// <summary>1-based, top to bottom, counting every line of the page (in table cells too).</summary>
    public int Number { get; set; }

    /// <summary>A running head or foot, or a page number: printed, but not part of the text.</summary>
    public bool IsFurniture { get; set; }

    public override double Top => Baseline + (Size * 0.8);

    public override double Bottom => Baseline - (Size * 0.2);

    public Place Place(string? cell = null) => new(Number, 1, Page, cell);
}
