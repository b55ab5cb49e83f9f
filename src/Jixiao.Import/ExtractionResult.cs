using Jixiao.Domain.Model;
using Jixiao.Import.Documents;

namespace Jixiao.Import;

/// <summary>
/// The result of reading one document: the evaluation with the review's findings, or the problem
/// that stopped reading (not text, too large, encrypted …). <see cref="Encoding"/> is the text encoding
/// found (empty for Word, PDF and Excel), <see cref="Kind"/> what the file was.
/// </summary>
public sealed record ExtractionResult(Evaluation? Evaluation, string? Problem, string Encoding)
{
    public DocumentKind Kind { get; init; } = DocumentKind.Text;

    public static ExtractionResult Failed(string problem, string encoding = "") => new(null, problem, encoding);
}
