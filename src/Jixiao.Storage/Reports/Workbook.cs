using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Jixiao.Storage.Reports;

/// <summary>
/// Writes sheets as an .xlsx with DocumentFormat.OpenXml (the one Office library of the project: ClosedXML crashes
/// beside OpenXml 3.x). Figures are numbers, the header row is frozen and filtered, notes follow the rows.
/// </summary>
internal static class Workbook
{
    public static void Write(Stream output, IReadOnlyList<Sheet> sheets)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook();
        var list = new Sheets();
        for (var s = 0; s < sheets.Count; s++)
        {
            var sheet = sheets[s];
            var part = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(Row(1, sheet.Headers));
            for (var i = 0; i < sheet.Rows.Count; i++)
            {
                data.Append(Row((uint)(i + 2), sheet.Rows[i]));
            }

            for (var i = 0; i < sheet.Notes.Count; i++)
            {
                data.Append(Row((uint)(sheet.Rows.Count + 3 + i), [sheet.Notes[i]]));
            }

            var last = Column(sheet.Headers.Count);
            part.Worksheet = new Worksheet(
                new SheetViews(new SheetView { WorkbookViewId = 0, Pane = new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen } }),
                new Columns(sheet.Headers.Select((header, i) => new DocumentFormat.OpenXml.Spreadsheet.Column
                {
                    Min = (uint)(i + 1), Max = (uint)(i + 1), Width = Math.Clamp(header.Length * 2.2 + 2, 10, 40), CustomWidth = true,
                })),
                data,
                new AutoFilter { Reference = string.Create(CultureInfo.InvariantCulture, $"A1:{last}{sheet.Rows.Count + 1}") });
            list.Append(new DocumentFormat.OpenXml.Spreadsheet.Sheet { Id = workbook.GetIdOfPart(part), SheetId = (uint)(s + 1), Name = sheet.Name });
        }

        workbook.Workbook.Append(list);
    }

    private static Row Row(uint index, IEnumerable<object?> cells)
    {
        var row = new Row { RowIndex = index };
        foreach (var value in cells)
        {
            row.Append(value switch
            {
                null => new Cell(),
                decimal or int or long => new Cell { DataType = CellValues.Number, CellValue = new CellValue(Convert.ToString(value, CultureInfo.InvariantCulture)!) },
                _ => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(Convert.ToString(value, CultureInfo.InvariantCulture)!)) },
            });
        }

        return row;
    }

    /// <summary>A, B, … Z, AA …: the letters of the <paramref name="number"/>th column (from 1).</summary>
    private static string Column(int number)
    {
        var letters = "";
        for (; number > 0; number = (number - 1) / 26)
        {
            letters = (char)('A' + (number - 1) % 26) + letters;
        }

        return letters;
    }
}
