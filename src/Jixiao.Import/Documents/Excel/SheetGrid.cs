using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

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

    public static SheetContent Read(WorksheetPart part, WorkbookCells workbook)
    {
        var rows = new List<SheetRow>();
        var merges = new List<(CellReference From, CellReference To)>();
        SheetRow? row = null;
        var column = 0;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (!reader.IsStartElement)
            {
                continue;
            }

            if (reader.ElementType == typeof(Row))
            {
                var number = int.TryParse(Attribute(reader, "r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : (row?.Number ?? 0) + 1;
                row = new SheetRow(number, []);
                rows.Add(row);
                column = 0;
            }
            else if (reader.ElementType == typeof(Cell) && row is not null)
            {
                var cell = (Cell)reader.LoadCurrentElement()!;
                column = cell.CellReference?.Value is { } reference && CellReference.Parse(reference) is { } at ? at.Column : column + 1;
                var text = workbook.TextOf(cell);
                if (!string.IsNullOrWhiteSpace(text))
                {
                    row.Cells.Add(new SheetCell(column, text));
                }
            }
            else if (reader.ElementType == typeof(MergeCell) && Range(Attribute(reader, "ref")) is { } range)
            {
                merges.Add(range);
            }
        }

        rows.RemoveAll(each => each.Cells.Count == 0);
        Order(rows);
        Merge(rows, merges);
        rows.RemoveAll(each => each.Cells.Count == 0);
        return new SheetContent(rows, SheetContent.Union(merges.Select(range => (range.From.Row, range.To.Row))));
    }

    private static string? Attribute(OpenXmlReader reader, string name) =>
        reader.Attributes.FirstOrDefault(attribute => attribute.LocalName == name && string.IsNullOrEmpty(attribute.NamespaceUri)).Value;

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
