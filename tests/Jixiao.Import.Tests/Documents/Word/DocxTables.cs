using DocumentFormat.OpenXml.Wordprocessing;

namespace Jixiao.Import.Tests.Documents.Word;

/// <summary>Word tables for the tests, with merged cells written as Word writes them (w:gridSpan, w:vMerge).</summary>
internal static class DocxTables
{
    public static Table Table(int columns, params TableRow[] rows)
    {
        var grid = new TableGrid();
        for (var i = 0; i < columns; i++)
        {
            grid.Append(new GridColumn { Width = "1800" });
        }

        var table = new Table(new TableProperties(new TableWidth { Type = TableWidthUnitValues.Auto, Width = "0" }), grid);
        table.Append(rows);
        return table;
    }

    public static TableRow Row(params TableCell[] cells) => new(cells);

    /// <summary>A row that starts <paramref name="skipped"/> grid columns in (w:gridBefore).</summary>
    public static TableRow RowAfter(int skipped, params TableCell[] cells) =>
        new([new TableRowProperties(new GridBefore { Val = skipped }), .. cells]);

    /// <summary>A cell of one paragraph per text, spanning <paramref name="span"/> grid columns.</summary>
    public static TableCell Cell(string text, int span = 1) => Cell(span, null, text);

    /// <summary>The first cell of a vertical merge.</summary>
    public static TableCell MergeStart(string text) => Cell(1, MergedCellValues.Restart, text);

    /// <summary>A cell a vertical merge continues: empty, as Word leaves it.</summary>
    public static TableCell MergeContinue() => Cell(1, MergedCellValues.Continue, "");

    public static TableCell Cell(int span, MergedCellValues? merge, params string[] paragraphs)
    {
        var properties = new TableCellProperties();
        if (span > 1)
        {
            properties.Append(new GridSpan { Val = span });
        }

        if (merge is { } value)
        {
            properties.Append(new VerticalMerge { Val = value });
        }

        var cell = new TableCell();
        if (properties.HasChildren)
        {
            cell.Append(properties);
        }

        cell.Append(paragraphs.Select(text => text.Length == 0 ? new Paragraph() : Docx.Para(text)));
        return cell;
    }
}
