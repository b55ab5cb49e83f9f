using System.Text;

namespace Jixiao.Import.Tests.Forms;

/// <summary>
/// One grid of cells printed the ways real documents reach a bureau: as a real (HTML) table, as pipe rows, one cell per
/// paragraph (blank cells kept as a paragraph of spaces), rows broken over two lines, the whole table flattened to one
/// line of words, and with every separator lost (a document site's preview).
/// </summary>
internal static class Layouts
{
    public static IReadOnlyList<string> Names { get; } = ["table", "pipes", "cell-per-line", "broken-rows", "flattened", "separators-lost"];

    public static string Print(string layout, IReadOnlyList<string[]> grid) => layout switch
    {
        "table" => Table(grid),
        "pipes" => string.Join('\n', grid.Select(row => "| " + string.Join(" | ", row) + " |")),
        "cell-per-line" => string.Join("\n\n", grid.SelectMany(row => row).Select(cell => cell.Length == 0 ? "\u00a0" : cell)),
        "broken-rows" => string.Join('\n', Filled(grid).Select(BrokenRow)),
        "flattened" => string.Join(' ', Filled(grid).SelectMany(row => row)),
        "separators-lost" => string.Concat(Filled(grid).SelectMany(row => row)),
        _ => throw new ArgumentOutOfRangeException(nameof(layout), layout, null),
    };

    private static IEnumerable<string[]> Filled(IReadOnlyList<string[]> grid) => grid.Select(row => row.Where(cell => cell.Length > 0).ToArray());

    /// <summary>A row as a PDF's text shows it when its cells wrap: the cells spread over two lines, two blanks apart.</summary>
    private static string BrokenRow(string[] cells) =>
        cells.Length < 2 ? string.Join("  ", cells) : string.Join("  ", cells[..(cells.Length / 2)]) + "\n" + string.Join("  ", cells[(cells.Length / 2)..]);

    private static string Table(IReadOnlyList<string[]> grid)
    {
        var html = new StringBuilder("<table>\n");
        foreach (var row in grid)
        {
            html.Append("<tr>").AppendJoin("", row.Select(cell => $"<td>{cell.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)}</td>")).Append("</tr>\n");
        }

        return html.Append("</table>\n").ToString();
    }
}
