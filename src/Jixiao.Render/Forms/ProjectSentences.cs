using Jixiao.Domain.Model;
using Jixiao.Domain.Numbers;

namespace Jixiao.Render.Forms;

/// <summary>A key project's printed figures as one sentence: 「项目全年预算数 115 万元，执行数 115 万元，……」; null when it has none.</summary>
internal static class ProjectSentences
{
    public static string? Figures(KeyProject project)
    {
        var clauses = new List<string>();
        if (project.Budget is { } budget)
        {
            clauses.Add($"项目全年预算数为 {Number.Show(budget)} 万元");
        }

        if (project.Actual is { } actual)
        {
            clauses.Add($"执行数为 {Number.Show(actual)} 万元");
        }

        if (project.ExecutionRate is { } rate)
        {
            clauses.Add($"预算执行率为 {Number.Show(rate)}%");
        }

        if (project.Score is { } score)
        {
            clauses.Add($"项目绩效自评得分 {Number.Show(score)} 分");
        }

        if (project.Grade is { } grade)
        {
            clauses.Add($"评级为{GradeNames.ToChinese(grade)}");
        }

        return clauses.Count == 0 ? null : string.Join("，", clauses) + "。";
    }
}
