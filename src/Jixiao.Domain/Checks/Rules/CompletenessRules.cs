using Jixiao.Domain.Model;

namespace Jixiao.Domain.Checks.Rules;

/// <summary>JX-C: the parts an evaluation must have, its key projects, and whether its framework could rescore it.</summary>
internal static class CompletenessRules
{
    public static IReadOnlyList<Rule> All { get; } =
    [
        new("JX-C001", RuleFamily.Completeness, "缺少指标体系（未指定时为规则文件）要求的部分", "goals, tasks, budget, score, problems, improvements …", [], RequiredParts, EvaluationParts.Names),
        new("JX-C002", RuleFamily.Completeness, "部门整体自评应至少评价一个重点项目", "keyProjects", [], KeyProjectPresent),
        new("JX-C003", RuleFamily.Completeness, "达到重点项目金额标准的任务应作为重点项目评价", "tasks[i].funds", ["minFunds"], LargeTasksAreKeyProjects),
        new("JX-C004", RuleFamily.Completeness, "缺少部门名称或被评价年度", "department, year", [], Identity),
        new("JX-C005", RuleFamily.Completeness, "无法按指标体系复算得分", "indicators …", [], Rescorable),
    ];

    private static void RequiredParts(RuleContext context)
    {
        var required = context.Framework?.Requires is { Count: > 0 } parts ? parts : context.Words;
        // A project's form has no 重点工作任务 and no 重点项目 of its own: only the parts of the evaluation's kind are asked for.
        var kindless = context.Evaluation.Kind == EvaluationKind.Project ? (string[])["tasks", "keyProjects"] : [];
        foreach (var part in required.Where(part => !kindless.Contains(part) && !EvaluationParts.IsPresent(context.Evaluation, part)))
        {
            context.Report(part, $"缺少「{EvaluationParts.Chinese(part)}」");
        }
    }

    private static void KeyProjectPresent(RuleContext context)
    {
        if (context.Evaluation is { Kind: EvaluationKind.Department, KeyProjects.Count: 0 })
        {
            context.Report("keyProjects", "没有评价重点项目：部门整体自评应至少选取一个重点项目进行评价");
        }
    }

    private static void LargeTasksAreKeyProjects(RuleContext context)
    {
        var minFunds = context.Limit("minFunds");
        var tasks = context.Evaluation.Tasks;
        for (var i = 0; i < tasks.Count; i++)
        {
            if (tasks[i] is { Funds: { } funds } task && funds >= minFunds && !context.Evaluation.KeyProjects.Any(project => SameWork(project, task)))
            {
                context.Report($"tasks[{i}].funds", $"任务「{task.Name}」涉及资金 {Say.Amount(funds)}，达到重点项目标准（{Say.Amount(minFunds)}及以上），但未作为重点项目评价");
            }
        }

        // A task and a project are the same work when one name holds the other or their budgets are the same figure;
        // a blank name holds nothing (every name contains "").
        static bool SameWork(KeyProject project, KeyTask task) =>
            (!string.IsNullOrWhiteSpace(project.Name) && !string.IsNullOrWhiteSpace(task.Name)
                && (project.Name.Contains(task.Name.Trim(), StringComparison.Ordinal) || task.Name.Contains(project.Name.Trim(), StringComparison.Ordinal)))
            || project.Budget == task.Funds;
    }

    private static void Identity(RuleContext context)
    {
        if (string.IsNullOrWhiteSpace(context.Evaluation.Department))
        {
            context.Report("department", "缺少部门（单位）名称");
        }

        if (context.Evaluation.Year is null)
        {
            context.Report("year", "缺少被评价年度");
        }
    }

    private static void Rescorable(RuleContext context)
    {
        foreach (var error in context.ScoringErrors)
        {
            context.Report(error.Place, $"无法按指标体系「{context.Framework!.Name}」复算得分：{error.Message}");
        }
    }
}
