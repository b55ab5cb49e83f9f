using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Jixiao.Render.Layout;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace Jixiao.Render.Docx;

/// <summary>Pictures in a Word document: each PNG a part under a numbered id, placed inline in a centred paragraph.</summary>
internal sealed class DocxImages(MainDocumentPart main)
{
    private const long EmuPerMm = 36000;
    private uint _count;

    public Paragraph Paragraph(ImageBlock image)
    {
        _count++;
        var id = $"rIdImage{_count}";
        var part = main.AddNewPart<ImagePart>("image/png", id);
        using (var stream = part.GetStream(FileMode.Create))
        {
            stream.Write(image.Png);
        }

        var cx = (long)(image.WidthMm * EmuPerMm);
        var cy = (long)(image.HeightMm * EmuPerMm);
        var drawing = new Drawing(new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new DW.DocProperties { Id = _count, Name = $"图 {_count}", Description = image.Description },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new PIC.Picture(
                    new PIC.NonVisualPictureProperties(new PIC.NonVisualDrawingProperties { Id = 0, Name = $"chart{_count}.png" }, new PIC.NonVisualPictureDrawingProperties()),
                    new PIC.BlipFill(new A.Blip { Embed = id }, new A.Stretch(new A.FillRectangle())),
                    new PIC.ShapeProperties(new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }), new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        { DistanceFromTop = 0, DistanceFromBottom = 0, DistanceFromLeft = 0, DistanceFromRight = 0 });
        return new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.TableText }, new Justification { Val = JustificationValues.Center }),
            new Run(drawing));
    }
}
