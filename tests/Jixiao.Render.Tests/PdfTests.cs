using Jixiao.Import.Documents;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Jixiao.Render.Tests;

/// <summary>
/// LibreOffice opens every kind of document written and prints it to PDF (as `jixiao render --format pdf` does); the PDF's
/// text layer holds the title, the department and the key figures, in real CJK text.
/// </summary>
public sealed class PdfTests
{
    public static TheoryData<RenderWhat, RenderFormat> Documents() => new()
    {
        { RenderWhat.Table, RenderFormat.Xlsx }, { RenderWhat.Table, RenderFormat.Docx },
        { RenderWhat.Scores, RenderFormat.Xlsx }, { RenderWhat.Scores, RenderFormat.Docx }, { RenderWhat.Report, RenderFormat.Docx },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Pdf_Sample_HoldsTitleDepartmentAndFigures(RenderWhat what, RenderFormat format)
    {
        var (evaluation, framework) = Inputs.Sample("qinghe-justice-2025");
        var rendered = Inputs.Render(evaluation, framework, what, format);

        var (pdf, problem) = LibreOffice.ToPdf(rendered, Inputs.Extension(format), TimeSpan.FromMinutes(2));

        Assert.True(pdf is not null, problem);
        var text = Text(pdf!);
        var (title, figure) = what switch
        {
            RenderWhat.Table => ("部门整体支出绩效自评表", "3379.16"),
            RenderWhat.Scores => ("绩效自评评分表", "98.32"),
            _ => ("部门整体支出绩效自评报告", "3379.16"),
        };
        Assert.Contains(title, text, StringComparison.Ordinal);
        Assert.Contains(evaluation.Department!, text, StringComparison.Ordinal);
        Assert.Contains(figure, text, StringComparison.Ordinal);
        Assert.Empty(WithoutCjkFont(pdf!));
    }

    /// <summary>
    /// The Chinese letters printed in a font that is no CJK font: those are the boxes (tofu) a page shows when the
    /// fonts the document names are missing and nothing stands in for them.
    /// </summary>
    private static List<string> WithoutCjkFont(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().SelectMany(page => page.Letters)
            .Where(letter => letter.Value.Length == 1 && letter.Value[0] >= 0x4E00 && letter.Value[0] <= 0x9FFF)
            .Where(letter => !(letter.FontName ?? "").Contains("CJK", StringComparison.Ordinal))
            .Select(letter => $"{letter.Value} in {letter.FontName}")
            .Distinct()
            .Take(5)];
    }

    /// <summary>The page text without the line breaks and spaces the layout adds (a name may wrap in a narrow cell).</summary>
    private static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var text = string.Concat(document.GetPages().Select(page => ContentOrderTextExtractor.GetText(page)));
        return new string([.. text.Where(c => !char.IsWhiteSpace(c))]);
    }
}
