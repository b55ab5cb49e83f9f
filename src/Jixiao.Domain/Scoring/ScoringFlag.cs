using Jixiao.Domain.Model;

namespace Jixiao.Domain.Scoring;

/// <summary>Something scoring noticed about one indicator; it becomes a <see cref="Finding"/> on that indicator.</summary>
public sealed record ScoringFlag(string Code, Severity Severity, string Message);
