using Jixiao.Domain.Model;

namespace Jixiao.Domain.Interchange;

internal sealed class ScoringMethodConverter() : NamedEnumConverter<ScoringMethod>(
    new Dictionary<ScoringMethod, string>
    {
        [ScoringMethod.Quantitative] = "quantitative",
        [ScoringMethod.Qualitative] = "qualitative",
        [ScoringMethod.Deduction] = "deduction",
        [ScoringMethod.ExecutionRate] = "executionRate",
    });
