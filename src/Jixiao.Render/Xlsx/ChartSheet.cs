using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Jixiao.Render.Layout;
using A = DocumentFormat.OpenXml.Drawing;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;

namespace Jixiao.Render.Xlsx;

/// <summary>
/// The 统计图 sheet: each chart as a PNG under its caption, one below the other, anchored to a cell so that it moves with
/// the rows; fixed part ids, as the rest of the workbook.
/// </summary>
internal static class ChartSheet
{
    public const string Name = "统计图";

    private const long EmuPerMm = 36000;

    /// <summary>The sheet's default row height in points, and in EMU (12,700 a point).</summary>
    private const double RowPoints = 15;

    private const long RowEmu = 190500;

    public static Worksheet Write(WorksheetPart sheetPart, IReadOnlyList<ImageBlock> images)
    {
        var drawingsPart = sheetPart.AddNewPart<DrawingsPart>("rIdDrawing");
        var drawing = new Xdr.WorksheetDrawing();
        drawing.AddNamespaceDeclaration("a", "http://schemas.openxmlformats.org/drawingml/2006/main");
        var rows = new List<Row> { Caption(1, Name, XlsxStyles.TitleStyle) };
        var row = 2;
        for (var i = 0; i < images.Count; i++)
        {
            var image = images[i];
            rows.Add(Caption(row + 1, image.Description, XlsxStyles.NoteStyle));
            var id = $"rIdImage{i + 1}";
            var imagePart = drawingsPart.AddNewPart<ImagePart>("image/png", id);
            using (var stream = imagePart.GetStream(FileMode.Create))
            {
                stream.Write(image.Png);
            }

            var cx = (long)(image.WidthMm * EmuPerMm);
            var cy = (long)(image.HeightMm * EmuPerMm);
            drawing.Append(new Xdr.OneCellAnchor(
                new Xdr.FromMarker(new Xdr.ColumnId("0"), new Xdr.ColumnOffset("0"), new Xdr.RowId(Invariant(row + 1)), new Xdr.RowOffset("0")),
                new Xdr.Extent { Cx = cx, Cy = cy },
                new Xdr.Picture(
                    new Xdr.NonVisualPictureProperties(
                        new Xdr.NonVisualDrawingProperties { Id = (uint)(i + 2), Name = $"图 {i + 1}", Description = image.Description },
                        new Xdr.NonVisualPictureDrawingProperties(new A.PictureLocks { NoChangeAspect = true })),
                    new Xdr.BlipFill(new A.Blip { Embed = id }, new A.Stretch(new A.FillRectangle())),
                    new Xdr.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })),
                new Xdr.ClientData()));
            // The caption's row, the rows the picture covers, two blank rows after it.
            row += 1 + (int)Math.Ceiling((double)cy / RowEmu) + 2;
        }

        drawingsPart.WorksheetDrawing = drawing;
        return new Worksheet(
            new SheetDimension { Reference = $"A1:J{row}" },
            new SheetViews(new SheetView { WorkbookViewId = 0 }),
            new SheetFormatProperties { DefaultRowHeight = RowPoints, CustomHeight = true },
            new Columns(new Column { Min = 1, Max = 10, Width = 11, CustomWidth = true }),
            new SheetData(rows),
            new MergeCells(rows.Select(caption => new MergeCell { Reference = $"A{caption.RowIndex!.Value}:J{caption.RowIndex!.Value}" })) { Count = (uint)rows.Count },
            new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
            new PageSetup { PaperSize = 9, Orientation = OrientationValues.Portrait },
            new Drawing { Id = "rIdDrawing" });
    }

    private static Row Caption(int index, string text, uint style) => new(new Cell
    {
        CellReference = $"A{Invariant(index)}",
        StyleIndex = style,
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new Text(text)),
    })
    { RowIndex = (uint)index };

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
