using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml;
using Jixiao.Domain.Numbers;

namespace Jixiao.Import.Batch;

/// <summary>
/// The batch summary, one row per file, as CSV (UTF-8 with a BOM, so Excel opens the Chinese right) and as a
/// workbook whose figures are numbers, not text. Amounts are in 万元, as extraction gives them.
/// </summary>
public static class BatchSummary
{
    private static readonly string[] Headers =
        ["文件", "类型", "部门", "年度", "年初预算数(万元)", "全年预算数(万元)", "执行数(万元)", "预算执行率(%)", "自评得分", "等级", "错误", "警告", "状态"];

    public static void WriteCsv(IReadOnlyList<BatchRow> rows, string path)
    {
        var text = new StringBuilder();
        text.AppendLine(string.Join(',', Headers));
        foreach (var row in rows)
        {
            text.AppendLine(string.Join(',', Cells(row).Select(cell => Csv(cell is decimal or int ? Convert.ToString(cell, CultureInfo.InvariantCulture) : cell as string))));
        }

        File.WriteAllText(path, text.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
    }

    public static void WriteXlsx(IReadOnlyList<BatchRow> rows, string path)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        data.Append(Row(1, Headers));
        for (var i = 0; i < rows.Count; i++)
        {
            data.Append(Row((uint)(i + 2), Cells(rows[i])));
        }

        sheetPart.Worksheet = new Worksheet(
            new SheetViews(new SheetView { WorkbookViewId = 0, Pane = new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen } }),
            new Columns(Headers.Select((header, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = i is 0 or 2 or 12 ? 36 : 12, CustomWidth = true })),
            data,
            new AutoFilter { Reference = $"A1:M{rows.Count + 1}" });
        workbook.Workbook.Append(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "导入汇总" }));
    }

    private static object?[] Cells(BatchRow row)
    {
        var evaluation = row.Evaluation;
        var budget = evaluation?.Budget;
        return
        [
            row.File, row.KindText, evaluation?.Department, evaluation?.Year,
            budget?.Initial, budget?.Adjusted, budget?.Actual, row.ExecutionRate,
            evaluation?.Score?.Total, evaluation?.Score?.Grade is { } grade ? GradeNames.ToChinese(grade) : null,
            evaluation is null ? null : row.Errors, evaluation is null ? null : row.Warnings, row.StatusText,
        ];
    }

    private static Row Row(uint index, IEnumerable<object?> cells)
    {
        var row = new Row { RowIndex = index };
        foreach (var value in cells)
        {
            row.Append(value switch
            {
                null => new Cell(),
                decimal or int => new Cell { DataType = CellValues.Number, CellValue = new CellValue(Convert.ToString(value, CultureInfo.InvariantCulture)!) },
                _ => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(value.ToString()!)) },
            });
        }

        return row;
    }

    private static string Csv(string? value) =>
        value is null ? "" : value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
