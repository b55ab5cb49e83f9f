using Jixiao.Domain.Model;
using Jixiao.Render.Layout;

namespace Jixiao.Render.Forms;

/// <summary>主要任务 with one row per 关键指标 (the task's cells merged down over them), other key indicators, 重点项目.</summary>
internal static class DepartmentTasks
{
    public static void Add(GridBuilder grid, Evaluation evaluation)
    {
        grid.Header(0, "主要任务").Header(1, "预期目标", columnSpan: 2).Header(3, "目标完成情况", columnSpan: 2)
            .Header(5, "关键指标").Header(6, "指标完成情况").Header(7, "任务涉及资金").Next();
        foreach (var task in evaluation.Tasks)
        {
            var rows = Math.Max(1, task.Indicators.Count);
            grid.Text(0, task.Name, rowSpan: rows).Text(1, task.Target ?? task.Content, columnSpan: 2, rowSpan: rows)
                .Text(3, task.Completion, columnSpan: 2, rowSpan: rows);
            grid.Number(7, task.Funds, ValueFormat.Amount, rowSpan: rows);
            if (task.Indicators.Count == 0)
            {
                grid.Text(5, null).Text(6, null).Next();
                continue;
            }

            foreach (var indicator in task.Indicators)
            {
                grid.Text(5, indicator.Name).Text(6, indicator.Actual).Next();
            }
        }
    }

    /// <summary>关键指标 not attached to a task, with their expected and actual values.</summary>
    public static void AddKeyIndicators(GridBuilder grid, IReadOnlyList<KeyIndicator> indicators)
    {
        if (indicators.Count == 0)
        {
            return;
        }

        grid.Label(0, "关键指标", rowSpan: indicators.Count + 1).Header(1, "指标名称", columnSpan: 3).Header(4, "预期值", columnSpan: 2).Header(6, "实际完成值", columnSpan: 2).Next();
        foreach (var indicator in indicators)
        {
            grid.Text(1, indicator.Name, columnSpan: 3).Text(4, indicator.Target, columnSpan: 2).Text(6, indicator.Actual, columnSpan: 2).Next();
        }
    }

    /// <summary>
    /// 重点项目绩效情况 as seed 001 prints it: one cell a project, its name on the first line and its figures in a sentence
    /// after it (only those printed).
    /// </summary>
    public static void AddKeyProjects(GridBuilder grid, IReadOnlyList<KeyProject> projects)
    {
        grid.Label(0, "重点项目绩效情况", columnSpan: 2, rowSpan: Math.Max(1, projects.Count));
        if (projects.Count == 0)
        {
            grid.Text(2, null, columnSpan: 6).Next();
        }

        foreach (var project in projects)
        {
            grid.Text(2, ProjectSentences.Figures(project) is { } figures ? project.Name + "\n" + figures : project.Name, columnSpan: 6).Next();
        }
    }
}
