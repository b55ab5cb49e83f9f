using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Jixiao.Import.Documents.Excel;

/// <summary>
/// Reads an Excel workbook (.xlsx) as laid-out text: each visible worksheet in workbook order, its cells as Excel
/// shows them (<see cref="WorkbookCells"/>), laid out as a table (<see cref="SheetLayout"/>); every piece of text
/// is placed at its sheet cell ("自评表!C7"), row as line and column as column. Hidden and very hidden sheets,
/// chart sheets and macro sheets are left out. Sheet protection without an open password reads as any sheet.
/// </summary>
internal static class XlsxReader
{
    public static LaidOutText Read(Stream package)
    {
        using var document = SpreadsheetDocument.Open(package, isEditable: false);
        var workbookPart = document.WorkbookPart ?? throw new DocumentProblem("这个 Excel 文件缺少工作簿（workbook）部件，无法读取");
        XmlBounds.Check(workbookPart);
        XmlBounds.Check(workbookPart.WorkbookStylesPart);
        var workbook = workbookPart.Workbook ?? throw new DocumentProblem("这个 Excel 文件的工作簿（workbook）部件是空的，无法读取");
        var cells = new WorkbookCells(
            SharedStrings.Read(workbookPart.SharedStringTablePart),
            CellStyles.Read(workbookPart.WorkbookStylesPart),
            workbook.WorkbookProperties?.Date1904?.Value ?? false);

        var builder = new LaidOutText.Builder();
        var budget = new CellBudget();
        var hidden = 0;
        foreach (var sheet in workbook.Sheets?.Elements<Sheet>() ?? [])
        {
            if (sheet.State?.Value is { } state && state != SheetStateValues.Visible)
            {
                hidden++;
                continue;
            }

            if (sheet.Id?.Value is not { } id || !workbookPart.TryGetPartById(id, out var part) || part is not WorksheetPart worksheet)
            {
                continue;
            }

            var content = SheetGrid.Read(worksheet, cells, sheet.Name?.Value ?? "", budget);
            if (content.Rows.Count > 0)
            {
                SheetLayout.Lay(sheet.Name?.Value ?? "", content, builder, budget);
                builder.EndLine();
            }
        }

        if (builder.IsEmpty)
        {
            throw new DocumentProblem(hidden > 0
                ? $"工作簿里可见的工作表都是空的（另有 {hidden} 个隐藏的工作表未读取）"
                : "工作簿里没有任何内容：工作表都是空的");
        }

        return builder.Build();
    }
}
