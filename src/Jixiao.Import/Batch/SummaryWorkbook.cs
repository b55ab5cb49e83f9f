using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Jixiao.Import.Batch;

/// <summary>
/// A plain workbook for people to read and print: each sheet a bold, frozen, filtered header row, amounts as
/// #,##0.00, rates as 0.00 %, long texts wrapped, links to files, landscape on A3 and one page wide, the header printed on
/// every page.
/// </summary>
internal sealed class SummaryWorkbook : IDisposable
{
    public const uint Header = 1;
    public const uint Amount = 2;
    public const uint Percent = 3;
    public const uint Link = 4;
    public const uint Wrapped = 5;
    public const uint Score = 6;
    public const uint Title = 7;

    private readonly SpreadsheetDocument _document;
    private readonly WorkbookPart _workbook;
    private readonly Sheets _sheets = new();
    private readonly DefinedNames _names = new();

    public SummaryWorkbook(Stream stream)
    {
        _document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        _workbook = _document.AddWorkbookPart();
        _workbook.Workbook = new Workbook();
        _workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
    }

    /// <summary>A sheet of a header row and data rows; <paramref name="widths"/> in characters, one per column.</summary>
    public void AddSheet(string name, IReadOnlyList<string> headers, IReadOnlyList<double> widths, IEnumerable<IReadOnlyList<SummaryCell>> rows, bool table = true)
    {
        var part = _workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        var links = new Hyperlinks();
        uint index = 1;
        data.Append(Row(part, links, index++, [.. headers.Select(header => SummaryCell.Text(header, table ? Header : Title))], widths));
        foreach (var row in rows)
        {
            data.Append(Row(part, links, index++, row, widths));
        }

        var last = $"{Column(headers.Count)}{Math.Max(1, index - 1)}";
        var sheet = new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetViews(new SheetView
            {
                WorkbookViewId = 0, TabSelected = _sheets.ChildElements.Count == 0,
                Pane = table ? new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen } : null,
            }),
            new SheetFormatProperties { DefaultRowHeight = 15 },
            new Columns(widths.Select((width, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = width, CustomWidth = true })),
            data);
        if (table)
        {
            sheet.Append(new AutoFilter { Reference = $"A1:{last}" });
        }

        if (links.HasChildren)
        {
            sheet.Append(links);
        }

        sheet.Append(
            new PageMargins { Left = 0.4, Right = 0.4, Top = 0.5, Bottom = 0.5, Header = 0.3, Footer = 0.3 },
            new PageSetup { PaperSize = 8, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 });
        part.Worksheet = sheet;
        var sheetId = (uint)_sheets.ChildElements.Count + 1;
        _sheets.Append(new Sheet { Id = _workbook.GetIdOfPart(part), SheetId = sheetId, Name = name });
        if (table)
        {
            _names.Append(new DefinedName($"'{name}'!$1:$1") { Name = "_xlnm.Print_Titles", LocalSheetId = sheetId - 1 });
            _names.Append(new DefinedName($"'{name}'!$A$1:${Column(headers.Count)}${Math.Max(1, index - 1)}") { Name = "_xlnm._FilterDatabase", LocalSheetId = sheetId - 1, Hidden = true });
        }
    }

    public void Dispose()
    {
        _workbook.Workbook.Append(new BookViews(new WorkbookView()), _sheets);
        if (_names.HasChildren)
        {
            _workbook.Workbook.Append(_names);
        }

        _workbook.Workbook.Save();
        _document.Dispose();
    }

    private static Row Row(WorksheetPart part, Hyperlinks links, uint index, IReadOnlyList<SummaryCell> cells, IReadOnlyList<double> widths)
    {
        // Neither Excel nor LibreOffice grows a row for wrapped text it did not lay out itself: the height is given.
        var lines = cells.Select((cell, i) => cell.Style is Header or Wrapped && cell.Value is string text && i < widths.Count ? Lines(text, widths[i]) : 1).DefaultIfEmpty(1).Max();
        var row = new Row { RowIndex = index };
        if (lines > 1)
        {
            (row.Height, row.CustomHeight) = (15.0 * Math.Min(lines, 12), true);
        }

        for (var i = 0; i < cells.Count; i++)
        {
            var reference = $"{Column(i + 1)}{index}";
            var cell = cells[i];
            row.Append(cell.Value switch
            {
                null => new Cell { CellReference = reference, StyleIndex = cell.Style == 0 ? null : cell.Style },
                decimal number => new Cell
                {
                    CellReference = reference, DataType = CellValues.Number, StyleIndex = cell.Style == 0 ? null : cell.Style,
                    CellValue = new CellValue(number.ToString(CultureInfo.InvariantCulture)),
                },
                var text => new Cell
                {
                    CellReference = reference, DataType = CellValues.InlineString, StyleIndex = cell.Style == 0 ? null : cell.Style,
                    InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(Clean(text.ToString()!)) { Space = SpaceProcessingModeValues.Preserve }),
                },
            });
            if (cell.Target is { } target)
            {
                var escaped = string.Join('/', target.Split('/').Select(Uri.EscapeDataString));
                var relationship = part.AddHyperlinkRelationship(new Uri(escaped, UriKind.Relative), isExternal: true);
                links.Append(new Hyperlink { Reference = reference, Id = relationship.Id });
            }
        }

        return row;
    }

    /// <summary>The lines a wrapped text takes in a column <paramref name="width"/> characters wide (a Chinese character is two).</summary>
    private static int Lines(string text, double width) => text.Split('\n').Sum(line =>
        Math.Max(1, (int)Math.Ceiling(line.Sum(c => c > '\u2E7F' ? 2.0 : 1.0) / Math.Max(1, width - 1))));

    /// <summary>Characters XML 1.0 cannot hold (a control character in a file name) would make the workbook unreadable.</summary>
    private static string Clean(string text) => text.Any(c => char.IsControl(c) && c is not ('\n' or '\t'))
        ? string.Concat(text.Select(c => char.IsControl(c) && c is not ('\n' or '\t') ? '\uFFFD' : c)) : text;

    public static string Column(int number)
    {
        var name = "";
        for (; number > 0; number = (number - 1) / 26)
        {
            name = (char)('A' + ((number - 1) % 26)) + name;
        }

        return name;
    }

    private static Stylesheet Styles() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = "#,##0.00" },
            new NumberingFormat { NumberFormatId = 165, FormatCode = "0.00%" },
            new NumberingFormat { NumberFormatId = 166, FormatCode = "0.00" }) { Count = 3 },
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "等线" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "等线" }),
            new Font(new Underline(), new Color { Rgb = "FF0563C1" }, new FontSize { Val = 11 }, new FontName { Val = "等线" }),
            new Font(new Bold(), new FontSize { Val = 14 }, new FontName { Val = "等线" })) { Count = 4 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFD9E1F2" }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid })) { Count = 3 },
        new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(
                new LeftBorder { Style = BorderStyleValues.Thin }, new RightBorder { Style = BorderStyleValues.Thin },
                new TopBorder { Style = BorderStyleValues.Thin }, new BottomBorder { Style = BorderStyleValues.Thin }, new DiagonalBorder())) { Count = 2 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Center, WrapText = true, Horizontal = HorizontalAlignmentValues.Center })
                { NumberFormatId = 0, FontId = 1, FillId = 2, BorderId = 1, FormatId = 0, ApplyFont = true, ApplyFill = true, ApplyBorder = true, ApplyAlignment = true },
            new CellFormat { NumberFormatId = 164, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 165, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 0, FontId = 2, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true },
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = true })
                { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyAlignment = true },
            new CellFormat { NumberFormatId = 166, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 0, FontId = 3, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true }) { Count = 8 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
}
