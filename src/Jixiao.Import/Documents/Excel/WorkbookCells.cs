using DocumentFormat.OpenXml.Spreadsheet;

namespace Jixiao.Import.Documents.Excel;

/// <summary>
/// A cell's text as Excel shows it, from what the workbook shares: strings, styles and the date system.
/// A formula shows its cached value (nothing is computed); an error (#N/A, #DIV/0!) shows nothing.
/// </summary>
internal sealed class WorkbookCells(IReadOnlyList<string> sharedStrings, CellStyles styles, bool date1904)
{
    public string TextOf(Cell cell)
    {
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString)
        {
            return cell.InlineString is { } inline ? RichText.Of(inline) : cell.CellValue?.Text ?? "";
        }

        if (cell.CellValue?.Text is not { Length: > 0 } stored)
        {
            return "";
        }

        if (type == CellValues.SharedString)
        {
            return int.TryParse(stored, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
                && index < sharedStrings.Count ? sharedStrings[index] : "";
        }

        if (type == CellValues.Boolean)
        {
            return stored.Trim() is "1" or "true" ? "TRUE" : "FALSE";
        }

        if (type == CellValues.Error)
        {
            return "";
        }

        if (type == CellValues.String)
        {
            return RichText.Unescape(stored);
        }

        if (type == CellValues.Date)
        {
            return DateTime.TryParse(stored, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
                ? ExcelDates.Show(date) : stored;
        }

        return styles.Of(cell.StyleIndex?.Value).Show(stored, date1904);
    }
}
