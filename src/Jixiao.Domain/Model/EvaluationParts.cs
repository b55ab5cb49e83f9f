namespace Jixiao.Domain.Model;

/// <summary>
/// The parts of an evaluation a framework or a rules file can require, by their interchange names,
/// with their Chinese names and what counts as present.
/// </summary>
public static class EvaluationParts
{
    private static readonly Dictionary<string, (string Chinese, Func<Evaluation, bool> IsPresent)> s_parts = new(StringComparer.Ordinal)
    {
        ["goals"] = ("绩效目标", evaluation => evaluation.Goals.Count > 0),
        ["tasks"] = ("重点工作任务", evaluation => evaluation.Tasks.Count > 0),
        ["budget"] = ("预算执行情况", evaluation => evaluation.Budget is { Adjusted: not null } or { Actual: not null }),
        ["indicators"] = ("指标得分情况", evaluation => evaluation.Indicators.Count > 0),
        ["score"] = ("自评结论（总分或等级）", evaluation => evaluation.Score is { Total: not null } or { Grade: not null }),
        ["keyProjects"] = ("重点项目", evaluation => evaluation.KeyProjects.Count > 0),
        ["achievements"] = ("主要工作成效", evaluation => evaluation.Achievements.Count > 0),
        ["problems"] = ("存在的主要问题", evaluation => evaluation.Problems.Count > 0),
        ["improvements"] = ("下一步改进措施", evaluation => evaluation.Improvements.Count > 0),
    };

    /// <summary>The names a list of required parts may use: goals, tasks, budget …</summary>
    public static IReadOnlyCollection<string> Names => s_parts.Keys;

    public static bool IsKnown(string name) => s_parts.ContainsKey(name);

    public static string Chinese(string name) => s_parts[name].Chinese;

    public static bool IsPresent(Evaluation evaluation, string name) => s_parts[name].IsPresent(evaluation);
}
