namespace Jixiao.Render.Layout;

/// <summary>
/// One cell of a form, placed at <see cref="Row"/> and <see cref="Column"/> (from 0) and spanning
/// <see cref="RowSpan"/> × <see cref="ColumnSpan"/> positions, as a clerk merges them. It holds text or a number,
/// never both; neither means a blank to fill.
/// </summary>
internal sealed record GridCell(int Row, int Column, int RowSpan, int ColumnSpan, string? Text, decimal? Number, ValueFormat Format, CellRole Role)
{
    public bool IsBlank => Text is null && Number is null;

    /// <summary>The cell as a reader sees it printed: the number with its scale, a percentage with its sign.</summary>
    public string Shown => Number is { } number ? NumberText.Show(number, Format) : Text ?? "";

    /// <summary>Right-aligned in every writer: figures line up on their decimal places.</summary>
    public bool IsNumeric => Number is not null;
}
