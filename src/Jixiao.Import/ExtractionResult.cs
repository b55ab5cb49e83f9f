using Jixiao.Domain.Model;

namespace Jixiao.Import;

/// <summary>
/// The result of reading one document: the evaluation with the review's findings, or the problem
/// that stopped reading (not text, too large). <see cref="Encoding"/> is the text encoding found.
/// </summary>
public sealed record ExtractionResult(Evaluation? Evaluation, string? Problem, string Encoding)
{
    public static ExtractionResult Failed(string problem, string encoding = "") => new(null, problem, encoding);
}
