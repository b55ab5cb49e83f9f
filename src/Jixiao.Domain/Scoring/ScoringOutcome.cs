using Jixiao.Domain.Interchange;
using Jixiao.Domain.Model;

namespace Jixiao.Domain.Scoring;

/// <summary>
/// The scored evaluation (with <see cref="Evaluation.Computed"/> filled and scoring's findings added),
/// or the errors that made scoring impossible (an indicator outside the framework, weights that do not add up).
/// </summary>
public sealed record ScoringOutcome(Evaluation? Evaluation, IReadOnlyList<InputError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}
