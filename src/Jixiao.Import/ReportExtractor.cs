using System.Globalization;
using Jixiao.Domain.Checks;
using Jixiao.Import.Documents;
using Jixiao.Import.Extraction;
using Jixiao.Import.Text;

namespace Jixiao.Import;

/// <summary>
/// Reads a self-evaluation report or table given as text (markdown, text converted from Word or PDF,
/// tables with HTML cells) into the interchange model, then reviews it. The pipeline is fixed and
/// ordered: normalize → segment → recognize → fill → check (see <see cref="Pipeline"/>).
/// Never throws on content: what cannot be read is left empty, with a finding saying why.
/// </summary>
public static class ReportExtractor
{
    public static ExtractionResult Extract(ReadOnlySpan<byte> bytes, ExtractionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (bytes.Length > options.MaxBytes)
        {
            return ExtractionResult.Failed(string.Create(CultureInfo.InvariantCulture,
                $"文件过大（{bytes.Length / 1048576.0:0.0} MB），文本导入上限为 {options.MaxBytes / 1048576} MB"));
        }

        var decoded = TextDecoder.Decode(bytes);
        return decoded.Text is { } text ? Extract(text, options) with { Encoding = decoded.Encoding } : ExtractionResult.Failed(decoded.Problem!, decoded.Encoding);
    }

    public static ExtractionResult Extract(string text, ExtractionOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);
        if (text.Length > options.MaxBytes)
        {
            return ExtractionResult.Failed($"文本过长（{text.Length} 个字符），文本导入上限为 {options.MaxBytes} 个字符");
        }

        if (TextBounds.Check(text, options.MaxCharacters) is { } problem)
        {
            return ExtractionResult.Failed(problem);
        }

        return Extract(new SourceText(text), options);
    }

    /// <summary>A Word, PDF or Excel document laid out as text, whose provenance names its own places.</summary>
    internal static ExtractionResult Extract(LaidOutText document, ExtractionOptions options) =>
        TextBounds.Check(document.Text, options.MaxCharacters) is { } problem ? ExtractionResult.Failed(problem) : Extract(new SourceText(document), options);

    private static ExtractionResult Extract(SourceText source, ExtractionOptions options)
    {
        var document = new Document(source);
        var evaluation = Pipeline.Run(document);
        // The review reads every script alike; the evaluation keeps its texts as printed.
        var review = EvaluationChecker.Check(FoldedEvaluation.Of(evaluation), framework: null, options.Rules);
        var reviewed = evaluation with { Findings = Completeness.Explain(evaluation, review.Findings, document), Computed = review.Computed };
        return new ExtractionResult(options.Provenance ? reviewed : reviewed with { Provenance = null }, null, "UTF-16");
    }
}
