using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Jixiao.Render.Tests;

/// <summary>
/// A blank 自评表 workbook filled in as a clerk fills it in Excel: values typed into the blank cells beside or under the
/// form's printed labels (text as shared strings, figures as numbers, a rate as the fraction Excel stores for 97.12%).
/// Cells are found by the labels a clerk reads, never by fixed addresses, so a change of layout fails loudly.
/// </summary>
internal sealed class ClerkWorkbook : IDisposable
{
    private readonly SpreadsheetDocument _document;
    private readonly Worksheet _sheet;
    private readonly SharedStringTable _strings;
    private readonly List<(int Row, int Column, int LastRow, int LastColumn)> _merges;

    public ClerkWorkbook(Stream workbook)
    {
        _document = SpreadsheetDocument.Open(workbook, isEditable: true);
        var workbookPart = _document.WorkbookPart!;
        _sheet = workbookPart.WorksheetParts.First().Worksheet;
        var sharedPart = workbookPart.SharedStringTablePart ?? workbookPart.AddNewPart<SharedStringTablePart>();
        sharedPart.SharedStringTable ??= new SharedStringTable();
        _strings = sharedPart.SharedStringTable;
        _merges = [.. _sheet.Elements<MergeCells>().SelectMany(merges => merges.Elements<MergeCell>()).Select(merge =>
        {
            var ends = merge.Reference!.Value!.Split(':');
            var (row, column) = Position(ends[0]);
            var (lastRow, lastColumn) = Position(ends[1]);
            return (row, column, lastRow, lastColumn);
        })];
    }

    /// <summary>The position (row, column from 0) of the first cell showing <paramref name="label"/>, at or after row <paramref name="from"/>.</summary>
    public (int Row, int Column) Find(string label, int from = 0)
    {
        foreach (var cell in _sheet.Descendants<Cell>())
        {
            var (row, column) = Position(cell.CellReference!.Value!);
            if (row >= from && Text(cell) == label)
            {
                return (row, column);
            }
        }

        throw new InvalidOperationException($"no cell reads 「{label}」 from row {from + 1}");
    }

    /// <summary>Types into the cell right of the label's (merged) cell.</summary>
    public void Beside(string label, object value, int from = 0)
    {
        var (row, column) = Find(label, from);
        Type(row, LastColumn(row, column) + 1, value);
    }

    /// <summary>Types into the cell at (row, column), which must be blank (a clerk fills blanks, not labels).</summary>
    public void Type(int row, int column, object value)
    {
        var reference = Reference(row, column);
        var cell = _sheet.Descendants<Cell>().FirstOrDefault(found => found.CellReference?.Value == reference)
            ?? throw new InvalidOperationException($"{reference} is not on the form");
        if (Text(cell) is { Length: > 0 } printed)
        {
            throw new InvalidOperationException($"{reference} already reads 「{printed}」");
        }

        cell.InlineString = null;
        if (value is string text)
        {
            _strings.Append(new SharedStringItem(new Text(text)));
            cell.DataType = CellValues.SharedString;
            cell.CellValue = new CellValue((_strings.Elements<SharedStringItem>().Count() - 1).ToString(CultureInfo.InvariantCulture));
        }
        else
        {
            cell.DataType = null;
            cell.CellValue = new CellValue(Convert.ToDecimal(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
        }
    }

    public void Dispose() => _document.Dispose();

    private int LastColumn(int row, int column) =>
        _merges.FirstOrDefault(merge => merge.Row == row && merge.Column == column) is { LastColumn: > 0 } merge ? merge.LastColumn : column;

    private string Text(Cell cell) => cell.DataType?.Value == CellValues.SharedString
        ? _strings.Elements<SharedStringItem>().ElementAt(int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)).InnerText
        : cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? "";

    private static (int Row, int Column) Position(string reference)
    {
        var letters = reference.TakeWhile(char.IsLetter).Aggregate(0, (sum, letter) => (sum * 26) + (letter - 'A' + 1));
        return (int.Parse(reference[reference.TakeWhile(char.IsLetter).Count()..], CultureInfo.InvariantCulture) - 1, letters - 1);
    }

    private static string Reference(int row, int column)
    {
        var name = "";
        for (var index = column + 1; index > 0; index = (index - 1) / 26)
        {
            name = (char)('A' + ((index - 1) % 26)) + name;
        }

        return name + (row + 1).ToString(CultureInfo.InvariantCulture);
    }
}
