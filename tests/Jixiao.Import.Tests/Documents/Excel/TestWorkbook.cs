using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using TextElement = DocumentFormat.OpenXml.Spreadsheet.Text;
using DocumentFormat.OpenXml.Validation;

namespace Jixiao.Import.Tests.Documents.Excel;

/// <summary>
/// Builds real .xlsx files as Excel writes them: text in the shared string table, numbers as stored doubles with
/// a style's number format, merged ranges; each file is checked with <see cref="OpenXmlValidator"/> when saved.
/// </summary>
internal sealed class TestWorkbook
{
    private readonly List<TestSheet> _sheets = [];
    private readonly List<SharedStringItem> _strings = [];
    private readonly List<string> _customFormats = [];
    private readonly List<uint> _styleFormats = [0];

    public bool Date1904 { get; init; }

    public TestSheet Sheet(string name, SheetStateValues? state = null)
    {
        var sheet = new TestSheet(this, name, state);
        _sheets.Add(sheet);
        return sheet;
    }

    /// <summary>The style index of a custom number format code ("0.00%", "#,##0.00").</summary>
    public uint Style(string formatCode)
    {
        var index = _customFormats.IndexOf(formatCode);
        if (index < 0)
        {
            _customFormats.Add(formatCode);
            index = _customFormats.Count - 1;
        }

        return Style(164u + (uint)index);
    }

    /// <summary>The style index of a number format id (a built-in one below 164).</summary>
    public uint Style(uint formatId)
    {
        var index = _styleFormats.IndexOf(formatId);
        if (index < 0)
        {
            _styleFormats.Add(formatId);
            index = _styleFormats.Count - 1;
        }

        return (uint)index;
    }

    internal int SharedString(string text)
    {
        var index = _strings.FindIndex(item => item.ChildElements.Count == 1 && item.Text?.Text == text);
        return index >= 0 ? index : SharedString(new SharedStringItem(new TextElement(text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    /// <summary>A shared string as written (rich-text runs, phonetic guides).</summary>
    internal int SharedString(SharedStringItem item)
    {
        _strings.Add(item);
        return _strings.Count - 1;
    }

    public byte[] Save()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            var sheets = new Sheets();
            uint id = 1;
            foreach (var sheet in _sheets)
            {
                var part = workbookPart.AddNewPart<WorksheetPart>();
                part.Worksheet = sheet.Build();
                sheets.Append(new Sheet { Name = sheet.Name, SheetId = id++, Id = workbookPart.GetIdOfPart(part), State = sheet.State });
            }

            workbookPart.Workbook = new Workbook(new WorkbookProperties { Date1904 = Date1904 ? true : null }, sheets);
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = Stylesheet();
            if (_strings.Count > 0)
            {
                workbookPart.AddNewPart<SharedStringTablePart>().SharedStringTable = new SharedStringTable(_strings.Select(item => item.CloneNode(true)));
            }

            var errors = new OpenXmlValidator().Validate(document).Select(error => $"{error.Path?.XPath}: {error.Description}").ToList();
            Assert.True(errors.Count == 0, "invalid test workbook:\n" + string.Join("\n", errors));
        }

        return stream.ToArray();
    }

    private Stylesheet Stylesheet()
    {
        var stylesheet = new Stylesheet();
        if (_customFormats.Count > 0)
        {
            stylesheet.Append(new NumberingFormats(_customFormats.Select((code, i) => new NumberingFormat { NumberFormatId = 164u + (uint)i, FormatCode = code }))
            { Count = (uint)_customFormats.Count });
        }

        stylesheet.Append(
            new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "宋体" })) { Count = 1 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            new CellFormats(_styleFormats.Select(format => new CellFormat
            {
                NumberFormatId = format, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = format != 0 ? true : null,
            })) { Count = (uint)_styleFormats.Count });
        return stylesheet;
    }
}
