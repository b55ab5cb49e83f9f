using System.Text;
using Jixiao.Render.Layout;

namespace Jixiao.Render.Plain;

/// <summary>
/// Blocks as markdown: headings with hashes, paragraphs, each grid a pipe table whose merged cells print their text
/// once and leave the positions they cover empty (as seed 001's table prints them); pictures by their description.
/// </summary>
internal static class MarkdownWriter
{
    public static void Write(IReadOnlyList<Block> blocks, Stream output)
    {
        var text = new StringBuilder();
        foreach (var block in blocks)
        {
            switch (block)
            {
                case TitleBlock title:
                    text.Append("# ").Append(title.Text).Append("\n\n");
                    break;
                case HeadingBlock heading:
                    text.Append(heading.Level == 1 ? "## " : "### ").Append(heading.Text).Append("\n\n");
                    break;
                case ParagraphBlock paragraph:
                    text.Append(paragraph.Text).Append("\n\n");
                    break;
                case GridBlock grid:
                    Table(text, grid.Grid);
                    break;
                case ImageBlock image:
                    text.Append("（图：").Append(image.Description).Append("）\n\n");
                    break;
            }
        }

        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text.ToString());
        output.Write(bytes);
    }

    private static void Table(StringBuilder text, Grid grid)
    {
        if (grid.Caption is { } caption)
        {
            text.Append(caption).Append("\n\n");
        }

        var rows = Enumerable.Range(0, grid.RowCount).Select(_ => new string[grid.ColumnCount]).ToArray();
        foreach (var cell in grid.Cells)
        {
            rows[cell.Row][cell.Column] = Escape(cell.Shown);
        }

        for (var r = 0; r < rows.Length; r++)
        {
            text.Append("| ").Append(string.Join(" | ", rows[r].Select(value => value ?? ""))).Append(" |\n");
            if (r == 0)
            {
                text.Append('|').Append(string.Concat(Enumerable.Repeat("---|", grid.ColumnCount))).Append('\n');
            }
        }

        text.Append('\n');
        foreach (var note in grid.Notes)
        {
            text.Append(note).Append("\n\n");
        }
    }

    /// <summary>A cell's lines joined with &lt;br&gt;, pipes escaped: a pipe table holds one line a row.</summary>
    private static string Escape(string value) => value.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", "<br>", StringComparison.Ordinal);
}
