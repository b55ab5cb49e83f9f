using Jixiao.Domain.Model;
using Jixiao.Render.Layout;

namespace Jixiao.Render.Scores;

/// <summary>The review's findings as a grid: one row each, errors first, with code, field and the message's numbers.</summary>
internal static class FindingsGrid
{
    public static Grid Build(IReadOnlyList<Finding> findings, string caption)
    {
        var grid = new GridBuilder(5);
        grid.Header(0, "序号").Header(1, "级别").Header(2, "代码").Header(3, "字段").Header(4, "复核意见").Next();
        var number = 1;
        foreach (var finding in findings.OrderBy(finding => finding.Severity))
        {
            grid.Number(0, number++, ValueFormat.Integer)
                .Text(1, SeverityName(finding.Severity))
                .Text(2, finding.Code)
                .Text(3, finding.Field)
                .Text(4, finding.Message)
                .Next();
        }

        return new Grid
        {
            SheetName = "复核发现",
            Title = "复核发现",
            Caption = caption,
            ColumnWidths = [6, 7, 10, 26, 90],
            Cells = grid.Cells(),
            HeaderRows = 1,
            Landscape = true,
            Notes = [findings.Count == 0 ? "复核未发现问题。" : $"共 {findings.Count} 项：错误 {Count(findings, Severity.Error)} 项，警告 {Count(findings, Severity.Warning)} 项，提示 {Count(findings, Severity.Info)} 项。"],
        };
    }

    public static string SeverityName(Severity severity) => severity switch
    {
        Severity.Error => "错误",
        Severity.Warning => "警告",
        _ => "提示",
    };

    private static int Count(IReadOnlyList<Finding> findings, Severity severity) => findings.Count(finding => finding.Severity == severity);
}
