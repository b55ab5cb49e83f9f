namespace Jixiao.Render.Layout;

/// <summary>
/// Builds a <see cref="Grid"/> row by row: cells go on the current row (<see cref="Row"/>), <see cref="Next"/> moves on.
/// Two cells covering one position are a programmer's error, found when the grid is built.
/// </summary>
internal sealed class GridBuilder(int columns)
{
    private readonly List<GridCell> _cells = [];

    public int Row { get; private set; }

    public int Columns { get; } = columns;

    public GridBuilder Label(int column, string text, int columnSpan = 1, int rowSpan = 1) =>
        Add(new GridCell(Row, column, rowSpan, columnSpan, text, null, ValueFormat.Text, CellRole.Label));

    public GridBuilder Header(int column, string text, int columnSpan = 1, int rowSpan = 1) =>
        Add(new GridCell(Row, column, rowSpan, columnSpan, text, null, ValueFormat.Text, CellRole.Header));

    /// <summary>Text the department filled in; null or blank leaves the cell blank.</summary>
    public GridBuilder Text(int column, string? text, int columnSpan = 1, int rowSpan = 1, CellRole role = CellRole.Value) =>
        Add(new GridCell(Row, column, rowSpan, columnSpan, string.IsNullOrWhiteSpace(text) ? null : text, null, ValueFormat.Text, role));

    /// <summary>A figure; null leaves the cell blank.</summary>
    public GridBuilder Number(int column, decimal? value, ValueFormat format, int columnSpan = 1, int rowSpan = 1, CellRole role = CellRole.Value) =>
        Add(new GridCell(Row, column, rowSpan, columnSpan, null, value, format, role));

    public GridBuilder Next(int rows = 1)
    {
        Row += rows;
        return this;
    }

    /// <summary>The cells so far, checked: inside the columns and none overlapping.</summary>
    public IReadOnlyList<GridCell> Cells()
    {
        var taken = new HashSet<(int, int)>();
        foreach (var cell in _cells)
        {
            if (cell.Column < 0 || cell.Column + cell.ColumnSpan > Columns || cell.RowSpan < 1 || cell.ColumnSpan < 1)
            {
                throw new InvalidOperationException($"cell at row {cell.Row}, column {cell.Column} lies outside the {Columns} columns");
            }

            for (var row = cell.Row; row < cell.Row + cell.RowSpan; row++)
            {
                for (var column = cell.Column; column < cell.Column + cell.ColumnSpan; column++)
                {
                    if (!taken.Add((row, column)))
                    {
                        throw new InvalidOperationException($"two cells cover row {row}, column {column}");
                    }
                }
            }
        }

        return [.. _cells.OrderBy(cell => cell.Row).ThenBy(cell => cell.Column)];
    }

    private GridBuilder Add(GridCell cell)
    {
        _cells.Add(cell);
        return this;
    }
}
