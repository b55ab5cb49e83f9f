using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Jixiao.Render.Layout;
using Jixiao.Render.Packaging;

namespace Jixiao.Render.Xlsx;

/// <summary>Writes grids as the sheets of one workbook (and the charts, when given, on a last sheet 统计图), with fixed part ids and the render clock's time (no other volatile data).</summary>
internal static class XlsxWriter
{
    public static void Write(IReadOnlyList<Grid> grids, string title, Stream output, DateTimeOffset time, IReadOnlyList<ImageBlock>? charts = null)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            document.ChangeIdOfPart(workbookPart, "rId1");
            var styles = new XlsxStyles();
            var sheets = new Sheets();
            var names = new DefinedNames();
            for (var i = 0; i < grids.Count; i++)
            {
                var id = $"rIdSheet{i + 1}";
                var sheetPart = workbookPart.AddNewPart<WorksheetPart>(id);
                sheetPart.Worksheet = SheetWriter.Write(grids[i], styles);
                sheets.Append(new Sheet { Id = id, SheetId = (uint)(i + 1), Name = grids[i].SheetName });
                if (SheetWriter.PrintTitles(grids[i]) is { } titles)
                {
                    names.Append(new DefinedName(titles) { Name = "_xlnm.Print_Titles", LocalSheetId = (uint)i });
                }

                names.Append(new DefinedName(SheetWriter.PrintArea(grids[i])) { Name = "_xlnm.Print_Area", LocalSheetId = (uint)i });
            }

            if (charts is { Count: > 0 })
            {
                var id = $"rIdSheet{grids.Count + 1}";
                var chartPart = workbookPart.AddNewPart<WorksheetPart>(id);
                chartPart.Worksheet = ChartSheet.Write(chartPart, charts);
                sheets.Append(new Sheet { Id = id, SheetId = (uint)(grids.Count + 1), Name = ChartSheet.Name });
            }

            workbookPart.AddNewPart<WorkbookStylesPart>("rIdStyles").Stylesheet = styles.Stylesheet();
            workbookPart.Workbook = new Workbook(new BookViews(new WorkbookView()), sheets, names);
            CoreProperties.Add(document, title, time);
        }

        StablePackage.Copy(buffer, output, time);
    }
}
