namespace Jixiao.Render.Layout;

/// <summary>
/// A form laid out as a clerk lays it out: a title, a caption line (单位：万元), the cells with their merges,
/// notes under it, and how it prints. One grid is written by every writer (a sheet of a workbook, a table of a
/// Word document, an HTML table, a markdown table), so the layouts live in one place.
/// </summary>
internal sealed record Grid
{
    /// <summary>The sheet's tab name (at most 31 characters, no []:*?/\).</summary>
    public required string SheetName { get; init; }

    public required string Title { get; init; }

    /// <summary>The line under the title, left: 单位：万元, a department's name.</summary>
    public string? Caption { get; init; }

    /// <summary>Column widths in character units of the workbook's default font (a CJK character is about two).</summary>
    public required IReadOnlyList<double> ColumnWidths { get; init; }

    public required IReadOnlyList<GridCell> Cells { get; init; }

    /// <summary>The first rows repeated at the top of every printed page (column headings); 0 for none.</summary>
    public int HeaderRows { get; init; }

    public bool Landscape { get; init; }

    /// <summary>Lines under the form (注：…).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    public int ColumnCount => ColumnWidths.Count;

    public int RowCount => Cells.Count == 0 ? 0 : Cells.Max(cell => cell.Row + cell.RowSpan);
}
