using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Model;

namespace Jixiao.Render.Forms;

/// <summary>
/// The evaluation behind a blank 自评表 to fill: the framework's indicator rows with their weights and standards, each
/// 一级指标's weight in the conclusion, and empty rows where a department lists its own things (主要任务 with their
/// 关键指标, 重点项目). Nothing else is filled: the clerk types the rest into the form, which `jixiao extract` reads back.
/// </summary>
internal static class BlankForm
{
    /// <summary>Empty 主要任务 rows on the department form, each with room for this many 关键指标.</summary>
    public const int Tasks = 4;

    public const int IndicatorsPerTask = 3;

    public const int KeyProjects = 3;

    public static Evaluation For(Framework framework)
    {
        ArgumentNullException.ThrowIfNull(framework);
        var blank = BlankEvaluation.For(framework);
        var weights = framework.Indicators.Where(node => node.Weight is not null).ToDictionary(node => node.Name, node => node.Weight!.Value);
        blank = blank with { Score = new Score { Weights = weights } };
        if (framework.Kind == EvaluationKind.Project)
        {
            return blank;
        }

        return blank with
        {
            Tasks = [.. Enumerable.Range(0, Tasks).Select(_ => new KeyTask { Indicators = [.. Enumerable.Range(0, IndicatorsPerTask).Select(_ => new KeyIndicator())] })],
            KeyProjects = [.. Enumerable.Range(0, KeyProjects).Select(_ => new KeyProject())],
        };
    }
}
