namespace Jixiao.Import.Layout;

/// <summary>A table as rows of cells; an empty cell is one a merged cell spans. <see cref="Number"/> counts tables from 1.</summary>
internal sealed class Table(int number, List<List<Cell>> rows)
{
    public int Number { get; } = number;

    public List<List<Cell>> Rows { get; } = rows;

    /// <summary>Rows where the table went on after a page break: a cell there may end the cell above it.</summary>
    public HashSet<int> Breaks { get; } = [];

    /// <summary>The line a document's reader printed the table from, for a table it printed; else null.</summary>
    public int? PrintedAt { get; init; }

    /// <summary>The lines of the printed tables read as more rows of this one (a table printed in two parts).</summary>
    public List<int> PrintedParts { get; } = [];

    public Cell? At(int row, int column) => row < Rows.Count && column < Rows[row].Count ? Rows[row][column] : null;

    public string Place(int row, int column) => $"表 {Number} 第 {row + 1} 行第 {column + 1} 列";
}
