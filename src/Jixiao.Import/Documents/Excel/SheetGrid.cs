using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace Jixiao.Import.Documents.Excel;

/// <summary>
/// The cells of a worksheet that show text, read as a stream (SAX), so that a sheet of a million cells is read
/// in seconds. A merged range shows its top-left cell's text only, as Excel does: the other cells of the range
/// are empty, which the table readers take as a spanned cell. Hidden rows and columns are read: they hold the
/// department's own figures as much as the shown ones, and a table whose columns went missing would misread.
/// </summary>
internal static class SheetGrid
{
    private static readonly Comparer<SheetRow> ByNumber = Comparer<SheetRow>.Create((a, b) => a.Number.CompareTo(b.Number));

    public static SheetContent Read(WorksheetPart part, WorkbookCells workbook, string name, CellBudget budget)
    {
        var rows = new List<SheetRow>();
        var merges = new List<(CellReference From, CellReference To)>();
        SheetRow? row = null;
        var column = 0;
        StoredCell? cell = null;
        using var xml = PartXml.Open(part);
        xml.Read();
        while (!xml.EOF)
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "sheetData")
                {
                    Add(row, column, cell, workbook, name, budget);
                    (row, cell) = (null, null); // what follows (merged ranges, formats, extensions) holds no cells
                }

                xml.Read();
                continue;
            }

            switch (xml.LocalName)
            {
                case "v" when cell is { } valued:
                    cell = valued with { Value = xml.ReadElementContentAsString() };
                    continue;
                case "is" when cell is { } inline:
                    cell = inline with { InlineText = RichText.Read(xml) };
                    continue;
                case "row":
                    // A cell ends where the next cell or row starts, or the sheet ends: its end tag is not waited for.
                    Add(row, column, cell, workbook, name, budget);
                    (cell, column) = (null, 0);
                    row = new SheetRow(RowNumber(xml.GetAttribute("r"), row, name), []);
                    rows.Add(row);
                    break;
                case "c" when row is not null:
                    Add(row, column, cell, workbook, name, budget);
                    column = CellReference.Parse(xml.GetAttribute("r")) is { } at ? at.Column : column + 1;
                    var style = uint.TryParse(xml.GetAttribute("s"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : (uint?)null;
                    cell = new StoredCell(xml.GetAttribute("t"), style, null, null);
                    break;
                case "mergeCell" when Range(xml.GetAttribute("ref")) is { } range:
                    merges.Add(range);
                    break;
            }

            xml.Read();
        }

        Add(row, column, cell, workbook, name, budget);
        rows.RemoveAll(each => each.Cells.Count == 0);
        Order(rows);
        Merge(rows, merges);
        rows.RemoveAll(each => each.Cells.Count == 0);
        return new SheetContent(rows, SheetContent.Union(merges.Select(range => (range.From.Row, range.To.Row))));
    }

    /// <summary>A row's number as written, or the one after the row before; a number past Excel's last row is a broken or crafted file.</summary>
    private static int RowNumber(string? written, SheetRow? before, string sheet)
    {
        var number = long.TryParse(written, NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : (before?.Number ?? 0) + 1L;
        return number <= CellReference.MaxRow ? (int)number : throw new DocumentProblem(string.Create(CultureInfo.InvariantCulture,
            $"工作表「{sheet}」的行号 {number} 超出 Excel 的最大行号 {CellReference.MaxRow}，文件已损坏或为恶意构造，未读取"));
    }

    private static void Add(SheetRow? row, int column, StoredCell? cell, WorkbookCells workbook, string name, CellBudget budget)
    {
        if (row is not null && cell is { } stored && workbook.TextOf(stored) is var text && !string.IsNullOrWhiteSpace(text))
        {
            budget.Hold(name, row.Number, column);
            row.Cells.Add(new SheetCell(column, text));
        }
    }

    private static (CellReference From, CellReference To)? Range(string? reference)
    {
        var parts = reference?.Split(':');
        return parts is [var first, var last] && CellReference.Parse(first) is { } a && CellReference.Parse(last) is { } b
            ? (new CellReference(Math.Min(a.Row, b.Row), Math.Min(a.Column, b.Column)), new CellReference(Math.Max(a.Row, b.Row), Math.Max(a.Column, b.Column)))
            : null;
    }

    /// <summary>Excel writes rows and cells in order; other writers may not.</summary>
    private static void Order(List<SheetRow> rows)
    {
        if (rows.Zip(rows.Skip(1)).Any(pair => pair.First.Number >= pair.Second.Number))
        {
            var ordered = rows.GroupBy(each => each.Number).OrderBy(group => group.Key)
                .Select(group => new SheetRow(group.Key, [.. group.SelectMany(each => each.Cells)])).ToList();
            rows.Clear();
            rows.AddRange(ordered);
        }

        foreach (var each in rows)
        {
            if (each.Cells.Zip(each.Cells.Skip(1)).Any(pair => pair.First.Column >= pair.Second.Column))
            {
                var cells = each.Cells.GroupBy(cell => cell.Column).OrderBy(group => group.Key).Select(group => group.Last()).ToList();
                each.Cells.Clear();
                each.Cells.AddRange(cells);
            }
        }
    }

    /// <summary>Empties every cell of a merged range but its top-left one; only the rows that hold text are visited.</summary>
    private static void Merge(List<SheetRow> rows, List<(CellReference From, CellReference To)> merges)
    {
        foreach (var (from, to) in merges)
        {
            var first = rows.BinarySearch(new SheetRow(from.Row, []), ByNumber);
            for (var i = first >= 0 ? first : ~first; i < rows.Count && rows[i].Number <= to.Row; i++)
            {
                var number = rows[i].Number;
                rows[i].Cells.RemoveAll(cell => cell.Column >= from.Column && cell.Column <= to.Column && (number != from.Row || cell.Column != from.Column));
            }
        }
    }
}
