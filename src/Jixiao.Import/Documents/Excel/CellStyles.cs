using DocumentFormat.OpenXml.Packaging;

namespace Jixiao.Import.Documents.Excel;

/// <summary>The number format of each cell style (a cell's s attribute indexes the workbook's cellXfs).</summary>
internal sealed class CellStyles
{
    private readonly NumberFormat[] _formats;

    private CellStyles(NumberFormat[] formats) => _formats = formats;

    public static CellStyles Read(WorkbookStylesPart? part)
    {
        var stylesheet = part?.Stylesheet;
        var custom = new Dictionary<uint, string>();
        foreach (var format in stylesheet?.NumberingFormats?.Elements<DocumentFormat.OpenXml.Spreadsheet.NumberingFormat>() ?? [])
        {
            if (format.NumberFormatId?.Value is { } id && format.FormatCode?.Value is { } code)
            {
                custom[id] = code;
            }
        }

        var parsed = new Dictionary<uint, NumberFormat>();
        var formats = new List<NumberFormat>();
        foreach (var style in stylesheet?.CellFormats?.Elements<DocumentFormat.OpenXml.Spreadsheet.CellFormat>() ?? [])
        {
            var id = style.NumberFormatId?.Value ?? 0;
            if (!parsed.TryGetValue(id, out var format))
            {
                format = NumberFormat.Parse(custom.TryGetValue(id, out var code) ? code : BuiltInFormats.Code(id));
                parsed[id] = format;
            }

            formats.Add(format);
        }

        return new CellStyles([.. formats]);
    }

    /// <summary>The format of style <paramref name="index"/> (a cell without one has style 0); General for a style the workbook lacks.</summary>
    public NumberFormat Of(uint? index) => (index ?? 0) is var i && i < _formats.Length ? _formats[i] : NumberFormat.General;
}
