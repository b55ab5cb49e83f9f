using System.Globalization;
using Jixiao.Domain.Model;
using Jixiao.Domain.Numbers;
using Jixiao.Import.Documents;
using static Jixiao.Import.Batch.SummaryCell;

namespace Jixiao.Import.Batch;

/// <summary>The four sheets of summary.xlsx.</summary>
internal static class SummarySheets
{
    public static void Evaluations(SummaryWorkbook workbook, IReadOnlyList<BatchEvaluation> evaluations, Func<string, string?> sourceLink)
    {
        string[] headers =
        [
            "序号", "部门", "类型", "项目名称", "实施单位", "年度", "年初预算数（万元）", "全年预算数（万元）", "执行数（万元）", "预算执行率", "自评得分", "等级",
            "错误", "警告", "状态", "说明", "采用的文件", "文件数", "全部文件", "JSON",
        ];
        double[] widths = [5, 18, 8, 16, 14, 6, 11, 11, 11, 9, 8, 5, 5, 5, 10, 28, 22, 6, 28, 9];
        workbook.AddSheet("自评汇总", headers, widths, evaluations.Select((group, i) =>
        {
            var evaluation = group.Evaluation;
            var used = group.Used;
            var project = evaluation.Kind == EvaluationKind.Project;
            var notes = new[] { used.Problem, group.Choice }.Concat(group.Differences).Where(note => note.Length > 0);
            return (IReadOnlyList<SummaryCell>)
            [
                Number(i + 1, 0), project ? evaluation.Project?.Supervisor ?? evaluation.Department : evaluation.Department, group.KindText,
                project ? evaluation.Project?.Name : null, project ? evaluation.Department : null, Number(evaluation.Year, 0),
                Number(evaluation.Budget?.Initial, SummaryWorkbook.Amount), Number(evaluation.Budget?.Adjusted, SummaryWorkbook.Amount),
                Number(evaluation.Budget?.Actual, SummaryWorkbook.Amount), Number(used.ExecutionRate / 100m, SummaryWorkbook.Percent),
                Number(evaluation.Score?.Total, SummaryWorkbook.Score), evaluation.Score?.Grade is { } grade ? GradeNames.ToChinese(grade) : null,
                Number(used.Errors, 0), Number(used.Warnings, 0), BatchSummary.StatusName(used.Status), SummaryCell.Text(string.Join("；", notes), SummaryWorkbook.Wrapped),
                Linked(used.File, sourceLink(used.File)), Number(group.Files.Count, 0),
                SummaryCell.Text(string.Join("\n", group.Files.Select(file => file == used ? file.File + "（采用）" : $"{file.File}（{BatchSummary.StatusName(file.Status)}）")), SummaryWorkbook.Wrapped),
                Linked(used.Json is null ? null : "打开 JSON", used.Json),
            ];
        }));
    }

    public static void Files(SummaryWorkbook workbook, IReadOnlyList<BatchRow> rows, IReadOnlyList<BatchEvaluation> evaluations, Func<string, string?> sourceLink)
    {
        var owner = new Dictionary<BatchRow, BatchEvaluation>();
        foreach (var group in evaluations)
        {
            group.Files.ToList().ForEach(file => owner[file] = group);
        }

        string[] headers = ["序号", "文件", "格式", "状态", "说明", "所属自评", "是否采用", "JSON"];
        double[] widths = [5, 34, 8, 12, 48, 30, 8, 9];
        workbook.AddSheet("文件清单", headers, widths, rows.Select((row, i) =>
        {
            var group = owner.GetValueOrDefault(row);
            return (IReadOnlyList<SummaryCell>)
            [
                Number(i + 1, 0), Linked(row.File, sourceLink(row.File)), row.KindText, BatchSummary.StatusName(row.Status), SummaryCell.Text(row.Problem, SummaryWorkbook.Wrapped),
                group is null ? null : Describe(group), group is null ? null : group.Used == row ? "采用" : "未采用",
                Linked(row.Json is null ? null : "打开 JSON", row.Json),
            ];
        }));
    }

    public static void Findings(SummaryWorkbook workbook, IReadOnlyList<BatchEvaluation> evaluations, IReadOnlyList<BatchRow> rows)
    {
        string[] headers = ["序号", "部门", "项目名称", "年度", "级别", "字段", "问题", "位置", "文件"];
        double[] widths = [5, 18, 16, 6, 6, 26, 60, 18, 26];
        var lines = new List<(string? Department, string? Project, int? Year, string Severity, string Field, string Message, string? Place, BatchRow Row)>();
        foreach (var group in evaluations)
        {
            var evaluation = group.Evaluation;
            var project = evaluation.Kind == EvaluationKind.Project ? evaluation.Project?.Name : null;
            foreach (var finding in evaluation.Findings.OrderBy(finding => finding.Severity))
            {
                lines.Add((evaluation.Department, project, evaluation.Year, SeverityName(finding.Severity), FieldWords.Chinese(finding.Field, evaluation),
                    finding.Message, PlaceOf(finding.Field, evaluation, group.Used.Kind), group.Used));
            }

            lines.AddRange(group.Differences.Select(difference => (evaluation.Department, project, evaluation.Year, "警告", "文件之间的差异", difference, (string?)null, group.Used)));
        }

        lines.AddRange(rows.Where(row => row.Status is BatchStatus.Failed or BatchStatus.Unrecognized)
            .Select(row => ((string?)null, (string?)null, (int?)null, "警告", "文件", $"{BatchSummary.StatusName(row.Status)}：{row.Problem}", (string?)null, row)));
        workbook.AddSheet("问题清单", headers, widths, lines.Select((line, i) => (IReadOnlyList<SummaryCell>)
        [
            Number(i + 1, 0), line.Department, line.Project, Number(line.Year, 0), line.Severity, SummaryCell.Text(line.Field, SummaryWorkbook.Wrapped),
            SummaryCell.Text(line.Message, SummaryWorkbook.Wrapped), line.Place, line.Row.File,
        ]));
    }

    public static void Totals(SummaryWorkbook workbook, IReadOnlyList<BatchRow> rows, IReadOnlyList<BatchEvaluation> evaluations)
    {
        var lines = new List<IReadOnlyList<SummaryCell>>();
        lines.Add([SummaryCell.Text("文件", SummaryWorkbook.Header), SummaryCell.Text("个数", SummaryWorkbook.Header)]);
        lines.Add(["文件总数", Number(rows.Count, 0)]);
        foreach (var status in Enum.GetValues<BatchStatus>())
        {
            lines.Add([BatchSummary.StatusName(status), Number(rows.Count(row => row.Status == status), 0)]);
        }

        lines.Add([]);
        lines.Add([SummaryCell.Text("自评", SummaryWorkbook.Header), SummaryCell.Text("数值", SummaryWorkbook.Header)]);
        lines.Add(["自评份数", Number(evaluations.Count, 0)]);
        var scores = evaluations.Select(group => group.Evaluation.Score?.Total).OfType<decimal>().ToList();
        lines.Add(["平均自评得分", Number(scores.Count == 0 ? null : Math.Round(scores.Average(), 2, MidpointRounding.AwayFromZero), SummaryWorkbook.Score)]);
        foreach (var grade in Enum.GetValues<Grade>())
        {
            lines.Add([$"等级为「{GradeNames.ToChinese(grade)}」", Number(evaluations.Count(group => group.Evaluation.Score?.Grade == grade), 0)]);
        }

        lines.Add(["未给出等级", Number(evaluations.Count(group => group.Evaluation.Score?.Grade is null), 0)]);
        var low = evaluations.Where(group => group.Used.ExecutionRate < 90m).OrderBy(group => group.Used.ExecutionRate).ToList();
        lines.Add([]);
        lines.Add([SummaryCell.Text($"预算执行率低于 90% 的自评（{low.Count} 份）", SummaryWorkbook.Header), SummaryCell.Text("预算执行率", SummaryWorkbook.Header)]);
        lines.AddRange(low.Select(group => (IReadOnlyList<SummaryCell>)[(SummaryCell)Describe(group), Number(group.Used.ExecutionRate / 100m, SummaryWorkbook.Percent)]));
        workbook.AddSheet("汇总", ["导入汇总", ""], [44, 14], lines, table: false);
    }

    private static string Describe(BatchEvaluation group)
    {
        var evaluation = group.Evaluation;
        var year = evaluation.Year?.ToString(CultureInfo.InvariantCulture) ?? "年度未识别";
        return evaluation.Kind == EvaluationKind.Project
            ? $"{evaluation.Project?.Name ?? "项目"}（{evaluation.Department}，{year}）"
            : $"{evaluation.Department ?? "部门未识别"} {year} 年度部门整体";
    }

    private static string SeverityName(Severity severity) => severity switch
    {
        Severity.Error => "错误",
        Severity.Warning => "警告",
        _ => "提示",
    };

    /// <summary>Where the field's value was printed, from the provenance the batch always keeps while reading.</summary>
    private static string? PlaceOf(string field, Evaluation evaluation, DocumentKind kind)
    {
        if (evaluation.Provenance is not { Count: > 0 } provenance || string.IsNullOrEmpty(field))
        {
            return null;
        }

        for (var path = field; path.Length > 0; path = path.LastIndexOf('.') is var dot and > 0 ? path[..dot] : "")
        {
            if (provenance.TryGetValue(path, out var source))
            {
                return Extraction.Places.Describe(source, laidOut: kind is not (DocumentKind.Text or DocumentKind.Html));
            }
        }

        return null;
    }
}
