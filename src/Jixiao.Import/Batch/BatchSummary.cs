using System.Globalization;
using System.Text;
using Jixiao.Domain.Model;
using Jixiao.Domain.Numbers;

namespace Jixiao.Import.Batch;

/// <summary>
/// The batch summary. summary.csv has one line per file (UTF-8 with a BOM, so Excel opens the Chinese right), for
/// machines. summary.xlsx is for people: 自评汇总 (one row per evaluation, with its files and the one used), 文件清单
/// (every file handed in and what became of it), 问题清单 (one row per finding) and 汇总 (counts by grade and status,
/// the mean score, execution rates under 90 %), with links to the source files and the JSON. Amounts are in 万元.
/// </summary>
public static class BatchSummary
{
    private static readonly string[] CsvHeaders =
        ["文件", "格式", "部门", "年度", "年初预算数(万元)", "全年预算数(万元)", "执行数(万元)", "预算执行率(%)", "自评得分", "等级", "错误", "警告", "状态", "说明", "自评类型", "项目名称", "JSON"];

    public static void WriteCsv(IReadOnlyList<BatchRow> rows, string path)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder();
        text.AppendLine(string.Join(',', CsvHeaders));
        foreach (var row in rows)
        {
            var evaluation = row.Evaluation;
            var budget = evaluation?.Budget;
            object?[] cells =
            [
                row.File, row.KindText, evaluation?.Department, evaluation?.Year, budget?.Initial, budget?.Adjusted, budget?.Actual, row.ExecutionRate,
                evaluation?.Score?.Total, evaluation?.Score?.Grade is { } grade ? GradeNames.ToChinese(grade) : null,
                evaluation is null ? null : row.Errors, evaluation is null ? null : row.Warnings, StatusName(row.Status), row.Problem,
                evaluation is null ? null : evaluation.Kind == EvaluationKind.Project ? "项目" : "部门整体", evaluation?.Project?.Name, row.Json,
            ];
            text.AppendLine(string.Join(',', cells.Select(cell => Csv(cell is decimal or int ? Convert.ToString(cell, CultureInfo.InvariantCulture) : cell as string))));
        }

        File.WriteAllText(path, text.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
    }

    /// <summary>The workbook; <paramref name="sourceLink"/> gives a file's link relative to the summary (null: no link).</summary>
    public static void WriteXlsx(IReadOnlyList<BatchRow> rows, IReadOnlyList<BatchEvaluation> evaluations, string path, Func<string, string?> sourceLink)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(evaluations);
        using var stream = File.Create(path);
        using var workbook = new SummaryWorkbook(stream);
        SummarySheets.Evaluations(workbook, evaluations, sourceLink);
        SummarySheets.Files(workbook, rows, evaluations, sourceLink);
        SummarySheets.Findings(workbook, evaluations, rows);
        SummarySheets.Totals(workbook, rows, evaluations);
    }

    public static string StatusName(BatchStatus status) => status switch
    {
        BatchStatus.Read => "已读取",
        BatchStatus.Partial => "部分识别",
        BatchStatus.Unrecognized => "未能识别，需人工",
        BatchStatus.NotEvaluation => "非自评材料",
        BatchStatus.Failed => "失败",
        BatchStatus.Duplicate => "重复",
        _ => "跳过",
    };

    private static string Csv(string? value) =>
        value is null ? "" : value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
