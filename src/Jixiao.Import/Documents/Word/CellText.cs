namespace Jixiao.Import.Documents.Word;

/// <summary>
/// The cell being written: its place name (「表 1 第 2 行第 3 列」) and what goes between its paragraphs — a
/// &lt;br&gt;, or a space between the cells of a row of a table nested in it, which is flattened into the cell.
/// A cell a vertical merge continues is <see cref="Muted"/>: its paragraphs are counted but not printed.
/// </summary>
internal sealed class CellText(string name, bool muted)
{
    public string Name { get; } = name;

    public bool Muted { get; } = muted;

    /// <summary>True once a paragraph was written: the next one needs <see cref="Joiner"/> before it.</summary>
    public bool Started { get; set; }

    public string Joiner { get; set; } = "<br>";

    /// <summary>How many nested tables the current paragraph is in.</summary>
    public int NestedTables { get; set; }
}
