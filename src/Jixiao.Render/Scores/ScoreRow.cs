namespace Jixiao.Render.Scores;

/// <summary>
/// One row of the 评分表: the three level names (a deeper path keeps its tail in the third, joined by " / "),
/// weight and score in points, rate in percent, the reason for a deduction (only when points were lost).
/// <see cref="Level1Rows"/> and <see cref="Level2Rows"/> are, on the first row of a heading, the number of rows
/// its name covers (as merged cells do), and 0 on the rows below it, where the name is not repeated.
/// </summary>
public sealed record ScoreRow(
    ScoreRowKind Kind,
    string Level1,
    string Level2,
    string Level3,
    decimal? Weight,
    decimal? Score,
    decimal? Rate,
    string? Reason)
{
    public int Level1Rows { get; init; } = 1;

    public int Level2Rows { get; init; } = 1;
}
