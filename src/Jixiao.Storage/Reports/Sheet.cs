namespace Jixiao.Storage.Reports;

/// <summary>
/// A table to write as a worksheet or print: headers and rows whose cells are text, whole numbers or decimals
/// (written as numbers, not text), or null for an empty cell. <see cref="Notes"/> say how the rows were chosen.
/// </summary>
internal sealed record Sheet(string Name, IReadOnlyList<string> Headers, IReadOnlyList<object?[]> Rows)
{
    public IReadOnlyList<string> Notes { get; init; } = [];
}
