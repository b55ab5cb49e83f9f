using Jixiao.Domain.Model;
using Jixiao.Render.Layout;
using Jixiao.Render.Review;
using Jixiao.Render.Scores;

namespace Jixiao.Render.Report;

/// <summary>
/// 复核发现的问题 in the report: the review's findings as a table (序号, 级别, the message with its numbers, the field in
/// Chinese), errors first, as the 复核意见书 words them; a sentence when the review found nothing.
/// </summary>
internal static class ReportFindings
{
    public const string Heading = "复核发现的问题";

    public static Grid? Table(Evaluation evaluation)
    {
        if (evaluation.Findings.Count == 0)
        {
            return null;
        }

        var grid = new GridBuilder(4);
        // The field's name last: a name such as 部门名称 before the message would read as a label with its value.
        grid.Header(0, "序号").Header(1, "级别").Header(2, "复核意见").Header(3, "涉及内容").Next();
        var number = 1;
        foreach (var finding in evaluation.Findings.OrderBy(finding => finding.Severity))
        {
            grid.Number(0, number++, ValueFormat.Integer).Text(1, FindingsGrid.SeverityName(finding.Severity))
                .Text(2, finding.Message).Text(3, FieldNames.Of(finding.Field, evaluation)).Next();
        }

        return new Grid
        {
            SheetName = Heading,
            Title = Heading,
            ColumnWidths = [7, 7, 52, 24],
            Cells = grid.Cells(),
            HeaderRows = 1,
        };
    }

    public static string Sentence(Evaluation evaluation)
    {
        var findings = evaluation.Findings;
        int Count(Severity severity) => findings.Count(finding => finding.Severity == severity);
        return findings.Count == 0
            ? "经复核，未发现问题。"
            : $"经复核，发现问题 {findings.Count} 项：错误 {Count(Severity.Error)} 项，警告 {Count(Severity.Warning)} 项，提示 {Count(Severity.Info)} 项，列表如下。";
    }
}
