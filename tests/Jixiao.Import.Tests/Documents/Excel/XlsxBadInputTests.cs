using System.IO.Compression;
using System.Text;

namespace Jixiao.Import.Tests.Documents.Excel;

/// <summary>Workbooks that hold nothing to read, or are broken: a clear problem, never an exception.</summary>
public sealed class XlsxBadInputTests
{
    private static readonly ExtractionOptions s_options = new();

    [Fact]
    public void Import_WorkbookWithEmptySheet_SaysItIsEmpty()
    {
        var book = new TestWorkbook();
        book.Sheet("Sheet1");

        var result = DocumentImporter.Import(book.Save(), "空表.xlsx", s_options);

        Assert.Null(result.Evaluation);
        Assert.Equal("工作簿里没有任何内容：工作表都是空的", result.Problem);
    }

    [Fact]
    public void Import_PackageWithoutWorkbookRelationship_SaysTheWorkbookIsMissing()
    {
        var bytes = Zip(
            ("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>"""),
            ("xl/workbook.xml", """<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>"""));

        var result = DocumentImporter.Import(bytes, "坏.xlsx", s_options);

        Assert.Null(result.Evaluation);
        Assert.Equal("这个 Excel 文件缺少工作簿（workbook）部件，无法读取", result.Problem);
    }

    [Fact]
    public void Import_SheetWithBrokenXml_FailsWithProblem()
    {
        var book = new TestWorkbook();
        book.Sheet("Sheet1").Text("A1", "部门名称").Text("B1", "青河县司法局");
        var bytes = Replace(book.Save(), "xl/worksheets/", "<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></row></sheetData>");

        var result = DocumentImporter.Import(bytes, "坏.xlsx", s_options);

        Assert.Null(result.Evaluation);
        Assert.Contains("文件已损坏", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_TableOfMillionsOfCells_RefusedQuickly()
    {
        // 2,300 rows, each with a value in column A and one in a column of its own: 2,300 × 2,301 cells to lay out.
        var book = new TestWorkbook();
        var sheet = book.Sheet("生成");
        for (var row = 1; row <= 2300; row++)
        {
            sheet.Text($"A{row}", "行").Number(Jixiao.Import.Documents.Excel.CellReference.Letters(row + 1) + row, row);
        }

        var result = DocumentImporter.Import(book.Save(), "生成.xlsx", s_options);

        Assert.Null(result.Evaluation);
        Assert.Contains("超过 5000000 个单元格的上限（工作表「生成」有 2300 行 × 2301 列）", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_ExplanationSheet_ReadsAsProse()
    {
        var book = new TestWorkbook();
        book.Sheet("说明")
            .Text("A1", "青河县司法局2023年度部门整体支出绩效自评报告").Merge("A1:H1")
            .Text("A3", "一、部门整体收支情况\n全年预算数 1,865.40 万元，全年执行数 1,864.96 万元，预算执行率 99.98%。").Merge("A3:H20");

        var result = DocumentImporter.Import(book.Save(), "说明.xlsx", new ExtractionOptions { Provenance = true });

        var evaluation = result.Evaluation!;
        Assert.Equal(("青河县司法局", 2023), (evaluation.Department, evaluation.Year));
        Assert.Equal((1865.40m, 1864.96m, 99.98m), (evaluation.Budget!.Adjusted, evaluation.Budget.Actual, evaluation.Budget.ExecutionRate));
        Assert.Equal("说明!A3", evaluation.Provenance!["budget.actual"].Cell);
    }

    private static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(text);
            }
        }

        return stream.ToArray();
    }

    /// <summary>The package with the sheet data of its first part under <paramref name="folder"/> replaced.</summary>
    private static byte[] Replace(byte[] package, string folder, string sheetData)
    {
        using var stream = new MemoryStream();
        stream.Write(package);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.Entries.First(each => each.FullName.StartsWith(folder, StringComparison.Ordinal));
            string xml;
            using (var reader = new StreamReader(entry.Open()))
            {
                xml = reader.ReadToEnd();
            }

            var start = xml.IndexOf("<x:sheetData>", StringComparison.Ordinal) is var at and >= 0 ? at : xml.IndexOf("<sheetData>", StringComparison.Ordinal);
            var end = xml.IndexOf("</sheetData>", StringComparison.Ordinal) is var close and >= 0 ? close + 12 : xml.IndexOf("</x:sheetData>", StringComparison.Ordinal) + 14;
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(entry.FullName).Open(), new UTF8Encoding(false));
            writer.Write(xml[..start] + sheetData.Replace("<", "<x:", StringComparison.Ordinal).Replace("<x:/", "</x:", StringComparison.Ordinal) + xml[end..]);
        }

        return stream.ToArray();
    }
}
