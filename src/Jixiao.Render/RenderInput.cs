using Jixiao.Domain.Checks;
using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Model;
using Jixiao.Domain.Scoring;

namespace Jixiao.Render;

/// <summary>
/// Makes an evaluation ready to render: scored by its framework, when one fits, and reviewed, as `jixiao score`
/// and `jixiao check` leave it. Nothing is read or written.
/// </summary>
public static class RenderInput
{
    /// <summary>
    /// The framework the evaluation names; else, for one without a name (an extracted document), the first framework
    /// of its kind that scores its printed leaves without an error; else null (the 评分表 then lists the findings alone).
    /// </summary>
    public static Framework? ChooseFramework(FrameworkCatalog catalog, Evaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(evaluation);
        if (evaluation.Framework is { } id)
        {
            return catalog.Find(id);
        }

        return evaluation.Indicators.Count == 0 ? null
            : catalog.All.FirstOrDefault(framework => framework.Kind == evaluation.Kind
                && EvaluationScorer.Score(evaluation with { Framework = framework.Id }, framework).Succeeded);
    }

    /// <summary>Scored by <paramref name="framework"/> (when given) and reviewed with <paramref name="rules"/>.</summary>
    public static Evaluation Prepare(Evaluation evaluation, Framework? framework, CheckRules rules)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(rules);
        // The review rescores by the framework it is given: the scoring and the findings come from one call.
        return EvaluationChecker.Check(framework is null ? evaluation : evaluation with { Framework = framework.Id }, framework, rules);
    }
}
