using Jixiao.Domain.Model;

namespace Jixiao.Domain.Interchange;

internal sealed class EvaluationKindConverter() : NamedEnumConverter<EvaluationKind>(
    new Dictionary<EvaluationKind, string> { [EvaluationKind.Department] = "department", [EvaluationKind.Project] = "project" });
