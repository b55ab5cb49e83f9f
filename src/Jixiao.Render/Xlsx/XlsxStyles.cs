using DocumentFormat.OpenXml.Spreadsheet;
using Jixiao.Render.Layout;

namespace Jixiao.Render.Xlsx;

/// <summary>
/// The workbook's cell styles, made as the cells ask for them: one per role, format and number of decimals,
/// numbered in the order first asked (so the same workbook gets the same numbers). Style 0 is the default,
/// 1 the title, 2 the caption and notes.
/// </summary>
internal sealed class XlsxStyles
{
    public const uint TitleStyle = 1;
    public const uint NoteStyle = 2;

    /// <summary>Built-in number formats: 0, 0.00, 0.00%.</summary>
    private const uint Integer = 1;
    private const uint TwoDecimals = 2;
    private const uint PercentTwoDecimals = 10;

    private readonly Dictionary<(CellRole Role, ValueFormat Format, int Decimals), uint> _styles = [];
    private readonly List<CellFormat> _formats = [];
    private readonly Dictionary<string, uint> _customFormats = new(StringComparer.Ordinal);

    public uint For(GridCell cell) => For(cell.Role, cell.Format, cell.Number is { } number ? NumberText.Decimals(number, cell.Format) : 2);

    public uint For(CellRole role, ValueFormat format, int decimals)
    {
        var key = (role, format, format is ValueFormat.Text or ValueFormat.Integer ? 0 : decimals);
        if (!_styles.TryGetValue(key, out var index))
        {
            index = (uint)(3 + _styles.Count);
            _styles.Add(key, index);
            _formats.Add(Xf(key.role, key.format, key.Item3));
        }

        return index;
    }

    public Stylesheet Stylesheet()
    {
        var stylesheet = Parts();
        if (_customFormats.Count > 0)
        {
            stylesheet.PrependChild(new NumberingFormats(_customFormats.Select(pair => new NumberingFormat { NumberFormatId = pair.Value, FormatCode = pair.Key }))
            {
                Count = (uint)_customFormats.Count,
            });
        }

        return stylesheet;
    }

    private Stylesheet Parts() => new(
        new Fonts(Font(11, bold: false), Font(11, bold: true), Font(16, bold: true)) { Count = 3 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFF2F2F2" }) { PatternType = PatternValues.Solid })) { Count = 3 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()), ThinBorder()) { Count = 2 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
        [
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat(new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center }) { FontId = 2, FormatId = 0, ApplyFont = true, ApplyAlignment = true },
            new CellFormat(new Alignment { Horizontal = HorizontalAlignmentValues.Left, Vertical = VerticalAlignmentValues.Center, WrapText = true }) { FontId = 0, FormatId = 0, ApplyAlignment = true },
            .. _formats.Select(format => (CellFormat)format.CloneNode(true)),
        ]) { Count = (uint)(3 + _formats.Count) },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    private CellFormat Xf(CellRole role, ValueFormat format, int decimals)
    {
        var numberFormat = format switch
        {
            ValueFormat.Integer => Integer,
            ValueFormat.Percent => decimals == 2 ? PercentTwoDecimals : Custom("0." + new string('0', decimals) + "%"),
            ValueFormat.Amount or ValueFormat.Points => decimals == 2 ? TwoDecimals : Custom("0." + new string('0', decimals)),
            _ => 0u,
        };
        var horizontal = format != ValueFormat.Text ? HorizontalAlignmentValues.Right
            : role is CellRole.Label or CellRole.Header ? HorizontalAlignmentValues.Center : HorizontalAlignmentValues.Left;
        return new CellFormat(new Alignment { Horizontal = horizontal, Vertical = VerticalAlignmentValues.Center, WrapText = true })
        {
            NumberFormatId = numberFormat,
            FontId = role is CellRole.Header or CellRole.Total ? 1u : 0u,
            FillId = role == CellRole.Header ? 2u : 0u,
            BorderId = 1,
            FormatId = 0,
            ApplyNumberFormat = numberFormat != 0,
            ApplyFont = true,
            ApplyFill = role == CellRole.Header,
            ApplyBorder = true,
            ApplyAlignment = true,
        };
    }

    private uint Custom(string code)
    {
        if (!_customFormats.TryGetValue(code, out var id))
        {
            id = (uint)(164 + _customFormats.Count);
            _customFormats.Add(code, id);
        }

        return id;
    }

    private static Font Font(double size, bool bold)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        font.Append(new FontSize { Val = size }, new FontName { Val = "宋体" }, new FontFamilyNumbering { Val = 3 }, new FontScheme { Val = FontSchemeValues.None });
        return font;
    }

    private static Border ThinBorder() => new(
        new LeftBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
        new RightBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
        new TopBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
        new BottomBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
        new DiagonalBorder());
}
