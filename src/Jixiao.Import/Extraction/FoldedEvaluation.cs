using Jixiao.Domain.Model;
using Jixiao.Import.Text;

namespace Jixiao.Import.Extraction;

/// <summary>
/// An extracted evaluation with every text read in one script (<see cref="Script.Fold"/>): what the review reads, so
/// that 「72小時內」 is a time limit and 「≥35處」 a count as in a simplified report, while the evaluation handed out keeps
/// its texts as printed. Numbers, dates and keys are the same in both.
/// </summary>
internal static class FoldedEvaluation
{
    public static Evaluation Of(Evaluation evaluation) => evaluation with
    {
        Department = Fold(evaluation.Department),
        Project = evaluation.Project is { } project
            ? project with { Name = Fold(project.Name), Code = Fold(project.Code), Supervisor = Fold(project.Supervisor) }
            : null,
        Goals = Fold(evaluation.Goals),
        Tasks = [.. evaluation.Tasks.Select(task => task with
        {
            Name = Script.Fold(task.Name),
            Content = Fold(task.Content),
            Target = Fold(task.Target),
            Completion = Fold(task.Completion),
            Indicators = Fold(task.Indicators),
        })],
        KeyIndicators = Fold(evaluation.KeyIndicators),
        Indicators = [.. evaluation.Indicators.Select(indicator => indicator with
        {
            Path = Fold(indicator.Path),
            Name = Script.Fold(indicator.Name),
            Target = Fold(indicator.Target),
            Actual = Fold(indicator.Actual),
            Reason = Fold(indicator.Reason),
            Deductions = [.. indicator.Deductions.Select(deduction => deduction with { Reason = Script.Fold(deduction.Reason) })],
        })],
        Score = evaluation.Score is { } score ? score with { DeductionReasons = Fold(score.DeductionReasons) } : null,
        KeyProjects = [.. evaluation.KeyProjects.Select(keyProject => keyProject with { Name = Script.Fold(keyProject.Name) })],
        Achievements = Fold(evaluation.Achievements),
        Problems = Fold(evaluation.Problems),
        Improvements = Fold(evaluation.Improvements),
    };

    private static string? Fold(string? text) => text is null ? null : Script.Fold(text);

    private static List<string> Fold(IEnumerable<string> texts) => [.. texts.Select(Script.Fold)];

    private static List<KeyIndicator> Fold(IEnumerable<KeyIndicator> indicators) =>
        [.. indicators.Select(indicator => indicator with { Name = Script.Fold(indicator.Name), Target = Fold(indicator.Target), Actual = Fold(indicator.Actual) })];
}
