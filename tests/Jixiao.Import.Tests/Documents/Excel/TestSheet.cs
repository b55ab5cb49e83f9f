using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using TextElement = DocumentFormat.OpenXml.Spreadsheet.Text;

namespace Jixiao.Import.Tests.Documents.Excel;

/// <summary>One worksheet of a <see cref="TestWorkbook"/>: cells by reference ("C7"), merged ranges, protection, hidden rows.</summary>
internal sealed class TestSheet(TestWorkbook workbook, string name, SheetStateValues? state)
{
    private readonly SortedDictionary<uint, SortedDictionary<int, Cell>> _rows = [];
    private readonly List<string> _merges = [];
    private readonly HashSet<uint> _hiddenRows = [];
    private bool _protected;

    public string Name => name;

    public SheetStateValues? State => state;

    public TestSheet Text(string reference, string text) =>
        Put(reference, new Cell { DataType = CellValues.SharedString, CellValue = new CellValue(workbook.SharedString(text)) });

    public TestSheet Shared(string reference, SharedStringItem item) =>
        Put(reference, new Cell { DataType = CellValues.SharedString, CellValue = new CellValue(workbook.SharedString(item)) });

    public TestSheet InlineText(string reference, string text) =>
        Put(reference, new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new TextElement(text) { Space = SpaceProcessingModeValues.Preserve }) });

    /// <summary>Rich text as runs of different fonts, inline, the way a cell edited run by run is stored.</summary>
    public TestSheet Runs(string reference, params string[] runs) =>
        Put(reference, new Cell
        {
            DataType = CellValues.InlineString,
            InlineString = new InlineString(runs.Select(run => new Run(new RunProperties(new Bold()), new TextElement(run) { Space = SpaceProcessingModeValues.Preserve }))),
        });

    /// <summary>A number as stored (the double's text, noise and all: "2394.8300000000004"), in a style.</summary>
    public TestSheet Number(string reference, string stored, uint style = 0) =>
        Put(reference, new Cell { CellValue = new CellValue(stored), StyleIndex = style == 0 ? null : style });

    public TestSheet Number(string reference, double value, uint style = 0) => Number(reference, value.ToString("R", CultureInfo.InvariantCulture), style);

    /// <summary>A formula with its cached result (null when it was never computed); <paramref name="type"/> str, b or e for a text, boolean or error result.</summary>
    public TestSheet Formula(string reference, string formula, string? cached, uint style = 0, CellValues? type = null) =>
        Put(reference, new Cell
        {
            DataType = type,
            CellFormula = new CellFormula(formula),
            CellValue = cached is null ? null : new CellValue(cached),
            StyleIndex = style == 0 ? null : style,
        });

    public TestSheet Boolean(string reference, bool value) => Put(reference, new Cell { DataType = CellValues.Boolean, CellValue = new CellValue(value ? "1" : "0") });

    public TestSheet Merge(string range)
    {
        _merges.Add(range);
        return this;
    }

    public TestSheet HideRow(uint row)
    {
        _hiddenRows.Add(row);
        return this;
    }

    public TestSheet Protect()
    {
        _protected = true;
        return this;
    }

    internal Worksheet Build()
    {
        var data = new SheetData();
        foreach (var (number, cells) in _rows)
        {
            data.Append(new Row(cells.Values.Select(cell => cell.CloneNode(true))) { RowIndex = number, Hidden = _hiddenRows.Contains(number) ? true : null });
        }

        var worksheet = new Worksheet(data);
        if (_protected)
        {
            worksheet.Append(new SheetProtection { Sheet = true, Objects = true, Scenarios = true });
        }

        if (_merges.Count > 0)
        {
            worksheet.Append(new MergeCells(_merges.Select(range => new MergeCell { Reference = range })) { Count = (uint)_merges.Count });
        }

        return worksheet;
    }

    private TestSheet Put(string reference, Cell cell)
    {
        var row = uint.Parse(new string([.. reference.SkipWhile(char.IsAsciiLetter)]), CultureInfo.InvariantCulture);
        var column = reference.TakeWhile(char.IsAsciiLetter).Aggregate(0, (sum, letter) => (sum * 26) + (letter - 'A' + 1));
        cell.CellReference = reference;
        if (!_rows.TryGetValue(row, out var cells))
        {
            _rows[row] = cells = [];
        }

        cells[column] = cell;
        return this;
    }
}
