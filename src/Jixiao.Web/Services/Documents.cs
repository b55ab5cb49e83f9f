using Jixiao.Domain.Interchange;
using Jixiao.Import.Documents;
using Jixiao.Render;

namespace Jixiao.Web.Services;

/// <summary>
/// The rendered documents of a revision: 自评表, 评分表, 自评报告 (and the 复核意见书) as xlsx, docx, html or pdf.
/// The clock is the revision's save time, so a revision's document is the same bytes whenever it is downloaded.
/// </summary>
internal static class Documents
{
    private static readonly TimeSpan s_pdfTimeout = TimeSpan.FromSeconds(90);

    public static IReadOnlyDictionary<string, (RenderWhat What, string Name)> Kinds { get; } = new Dictionary<string, (RenderWhat, string)>(StringComparer.Ordinal)
    {
        ["table"] = (RenderWhat.Table, "自评表"),
        ["scores"] = (RenderWhat.Scores, "评分表"),
        ["report"] = (RenderWhat.Report, "自评报告"),
        ["review"] = (RenderWhat.Review, "复核意见书"),
    };

    public static IReadOnlyDictionary<string, string> Formats { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ["docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ["pdf"] = "application/pdf",
        ["html"] = "text/html; charset=utf-8",
    };

    /// <summary>The bytes, or why not (a workbook of a report, no LibreOffice for a PDF).</summary>
    public static (byte[]? Bytes, string? Problem) Render(string json, string kind, string format, DateTimeOffset savedAt, BureauSettings settings, Domain.Frameworks.FrameworkCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(catalog);
        if (!Kinds.TryGetValue(kind, out var what) || !Formats.ContainsKey(format))
        {
            return (null, "没有这种文档或格式");
        }

        if (format == "xlsx" && what.What is not (RenderWhat.Table or RenderWhat.Scores))
        {
            return (null, $"{what.Name}没有 Excel 格式，请选 docx、pdf 或 html");
        }

        var evaluation = InterchangeJson.Read(json).Value ?? throw new InvalidDataException("A stored revision does not read back as interchange JSON.");
        var framework = RenderInput.ChooseFramework(catalog, evaluation);
        var clock = new FixedClock(savedAt);
        using var output = new MemoryStream();
        Renderer.Write(evaluation, framework, what.What, format == "pdf" ? RenderFormat.Docx : Enum.Parse<RenderFormat>(format, ignoreCase: true), output, clock, charts: what.What == RenderWhat.Report);
        if (format != "pdf")
        {
            return (output.ToArray(), null);
        }

        var (pdf, problem) = LibreOffice.ToPdf(output.ToArray(), "docx", s_pdfTimeout);
        return pdf is null ? (null, "PDF 生成失败：" + problem) : (pdf, null);
    }

    private sealed class FixedClock(DateTimeOffset at) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => at;
    }
}
