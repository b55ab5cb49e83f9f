using Jixiao.Domain.Model;

namespace Jixiao.Domain.Checks;

/// <summary>A passage of an evaluation's prose; its field path ("achievements[2]", "tasks[0].completion") is built only for a finding.</summary>
internal readonly record struct Prose(string List, int Index, string Suffix, string Text)
{
    public string Field => $"{List}[{Index}]{Suffix}";

    /// <summary>The prose that reports what was done: 主要工作成效 and each task's 目标完成情况.</summary>
    public static List<Prose> OfResults(Evaluation evaluation)
    {
        var prose = new List<Prose>();
        AddAll(prose, "achievements", evaluation.Achievements);
        AddCompletions(prose, evaluation);
        return prose;
    }

    /// <summary>Every passage a claim can stand in: goals, achievements, problems, improvements, deduction reasons, task completions.</summary>
    public static List<Prose> All(Evaluation evaluation)
    {
        var prose = new List<Prose>();
        AddAll(prose, "goals", evaluation.Goals);
        AddAll(prose, "achievements", evaluation.Achievements);
        AddAll(prose, "problems", evaluation.Problems);
        AddAll(prose, "improvements", evaluation.Improvements);
        AddAll(prose, "score.deductionReasons", evaluation.Score?.DeductionReasons ?? []);
        AddCompletions(prose, evaluation);
        return prose;
    }

    private static void AddAll(List<Prose> prose, string list, IReadOnlyList<string> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            prose.Add(new Prose(list, i, "", items[i]));
        }
    }

    private static void AddCompletions(List<Prose> prose, Evaluation evaluation)
    {
        for (var i = 0; i < evaluation.Tasks.Count; i++)
        {
            if (evaluation.Tasks[i].Completion is { } completion)
            {
                prose.Add(new Prose("tasks", i, ".completion", completion));
            }
        }
    }
}
