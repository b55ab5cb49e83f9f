using System.Globalization;

namespace Jixiao.Import.Documents.Excel;

/// <summary>
/// A cell's text as Excel shows it, from what the workbook shares: strings, styles and the date system.
/// A formula shows its cached value (nothing is computed); an error (#N/A, #DIV/0!) shows nothing.
/// </summary>
internal sealed class WorkbookCells(IReadOnlyList<string> sharedStrings, CellStyles styles, bool date1904)
{
    public string TextOf(StoredCell cell)
    {
        switch (cell.Type)
        {
            case "inlineStr":
                return cell.InlineText ?? cell.Value ?? "";
            case "e":
                return "";
        }

        if (cell.Value is not { Length: > 0 } stored)
        {
            return "";
        }

        switch (cell.Type)
        {
            case "s":
                return int.TryParse(stored, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < sharedStrings.Count ? sharedStrings[index] : "";
            case "b":
                return stored.Trim() is "1" or "true" ? "TRUE" : "FALSE";
            case "str":
                return RichText.Unescape(stored);
            case "d":
                return DateTime.TryParse(stored, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? ExcelDates.Show(date) : stored;
            default:
                return styles.Of(cell.Style).Show(stored, date1904);
        }
    }
}
