using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Interchange;
using Jixiao.Domain.Model;
using Jixiao.Domain.Scoring;

namespace Jixiao.Domain.Checks;

/// <summary>
/// Reviews an evaluation as a finance bureau's reviewer (复核) would: rescored by its framework when it has one,
/// then every enabled rule of <see cref="RuleCatalog"/>. Findings of earlier checks are replaced; other findings
/// (an importer's, say) are kept. Works on any evaluation, typed in, imported or extracted.
/// </summary>
public static class EvaluationChecker
{
    public static Evaluation Check(Evaluation evaluation, Framework? framework, CheckRules rules)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(rules);
        // A `computed` already in the file is an earlier run's: only this run's rescoring may stand (and be judged by).
        var current = evaluation with { Computed = null };
        IReadOnlyList<InputError> scoringErrors = [];
        if (framework is not null)
        {
            var outcome = EvaluationScorer.Score(evaluation, framework);
            current = outcome.Evaluation ?? current;
            scoringErrors = outcome.Errors;
        }

        var findings = current.Findings.Where(finding => !RuleCatalog.Owns(finding.Code)).ToList();
        var context = new RuleContext(current, framework, scoringErrors, findings);
        foreach (var rule in RuleCatalog.All)
        {
            var settings = rules.For(rule.Code);
            if (settings.Enabled != false)
            {
                context.Enter(rule, settings);
                rule.Run(context);
            }
        }

        return current with { Findings = findings };
    }

    /// <summary>Whether any finding is an error: what `jixiao check` exits 1 for.</summary>
    public static bool HasErrors(Evaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        return evaluation.Findings.Any(finding => finding.Severity == Severity.Error);
    }
}
