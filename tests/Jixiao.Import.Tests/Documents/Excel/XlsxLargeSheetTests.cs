using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Jixiao.Import.Documents.Excel;

namespace Jixiao.Import.Tests.Documents.Excel;

/// <summary>A big sheet, read as a stream: every one of 100,000 rows is laid out, the last as Excel shows it (its speed is bench/'s to measure).</summary>
public sealed class XlsxLargeSheetTests
{
    [Fact]
    public void Read_100000RowsBy10Columns_LaysOutEveryRow()
    {
        var bytes = BigWorkbook(rows: 100_000, columns: 10);

        using var stream = new MemoryStream(bytes);
        var text = XlsxReader.Read(stream).Text;

        Assert.Equal(100_000, text.AsSpan().Count("<tr>"));
        Assert.Contains("<tr><td>明细99999</td><td>99999.5</td><td>12.35%</td>", text, StringComparison.Ordinal);
    }

    /// <summary>Written as a stream too (OpenXmlWriter): a label, a number with noise and a percent in each row, and the row's running numbers.</summary>
    private static byte[] BigWorkbook(int rows, int columns)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = new Stylesheet(
                new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "0.00%" }) { Count = 1 },
                new Fonts(new Font()) { Count = 1 },
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None })) { Count = 1 },
                new Borders(new Border()) { Count = 1 },
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true }) { Count = 2 });
            var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
            using (var writer = OpenXmlWriter.Create(sheetPart))
            {
                writer.WriteStartElement(new Worksheet());
                writer.WriteStartElement(new SheetData());
                for (var r = 1; r <= rows; r++)
                {
                    writer.WriteStartElement(new Row { RowIndex = (uint)r });
                    writer.WriteElement(new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text("明细" + (r - 1).ToString(CultureInfo.InvariantCulture))) });
                    writer.WriteElement(new Cell { CellValue = new CellValue((r - 0.5).ToString("R", CultureInfo.InvariantCulture)) });
                    writer.WriteElement(new Cell { CellValue = new CellValue("0.12345000000000001"), StyleIndex = 1 });
                    for (var c = 4; c <= columns; c++)
                    {
                        writer.WriteElement(new Cell { CellValue = new CellValue((r * c).ToString(CultureInfo.InvariantCulture)) });
                    }

                    writer.WriteEndElement();
                }

                writer.WriteEndElement();
                writer.WriteEndElement();
            }

            workbookPart.Workbook = new Workbook(new Sheets(new Sheet { Name = "明细", SheetId = 1, Id = workbookPart.GetIdOfPart(sheetPart) }));
        }

        return stream.ToArray();
    }
}
