using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Jixiao.Import.Tests.Batch;

/// <summary>Reads a sheet of summary.xlsx back as rows keyed by the header's words (the first row is the header).</summary>
internal static class SummaryReader
{
    public static List<Dictionary<string, string>> Sheet(string path, string name)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var rows = Rows(document, name);
        var headers = rows[0];
        return [.. rows.Skip(1).Select(row => headers.Select((header, i) => (header, value: i < row.Count ? row[i] : "")).ToDictionary(pair => pair.header, pair => pair.value))];
    }

    public static List<List<string>> Rows(SpreadsheetDocument document, string name)
    {
        var part = WorksheetOf(document, name);
        return [.. part.Worksheet.Descendants<Row>().Select(row => row.Elements<Cell>().Select(cell => cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? "").ToList())];
    }

    public static WorksheetPart WorksheetOf(SpreadsheetDocument document, string name)
    {
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Descendants<Sheet>().Single(sheet => sheet.Name == name);
        return (WorksheetPart)workbook.GetPartById(sheet.Id!);
    }
}
