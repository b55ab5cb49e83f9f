
namespace Jixiao.Import.Tests.Documents.Pdf;

/// <summary>
/// A line break of the text a browser was given (pandoc writes a paragraph's source lines with newlines) is printed as a
/// space; in Chinese, set without spaces, such a space after a full stop or before a numbered title is read as the break.
/// </summary>
public sealed class SoftBreaksTests
{
    private const string Style = "<style>body{font-family:'Noto Sans CJK SC','WenQuanYi Micro Hei',sans-serif;font-size:12pt;width:420pt}</style>";

    /// <summary>A paragraph wrapped over lines, as a report has them: the lines' pitch is measured from it.</summary>
    private const string Wrapped = "<p>根据中央和省的总体部署以及我市年度计划安排，我市政法工作紧紧围绕部门职责，深入贯彻党的二十大精神，全面落实总书记视察广东重要讲话、"
        + "重要指示精神，扎实推进各项工作：一是多措并举坚决维护社会大局安全稳定；二是深入开展综合治理、基层社会治理、重点整治，努力提升平安建设水平；"
        + "三是常态化开展扫黑除恶专项工作，深化政法领域改革创新；四是加快推进信息化项目建设，提升部门间协同工作能力、办事效率和服务水平。</p>";

    [Fact]
    public void Read_ChromiumParagraphWithSourceLineBreaks_BrokenAfterAFullStopAndBeforeANumberedTitle()
    {
        var html = Page(Wrapped + "<p>提升部门间协同工作能力和服务水平。\n法学业务</p>"
            + "<p>有效促进了社会大局和谐稳定。\n（三）部门整体支出绩效目标</p>"
            + "<p>目标如下：\n（1）完成抽查不少于600户次。</p>"
            + "<p>“三公”经费控制情况 2 2 100%\n三、存在的主要问题</p>");

        var lines = ChromiumPdf.Lines(ChromiumPdf.Print(html));

        Assert.Equal(
            [Wrapped[3..^4], "提升部门间协同工作能力和服务水平。", "法学业务", "有效促进了社会大局和谐稳定。", "（三）部门整体支出绩效目标", "目标如下：", "（1）完成抽查不少于600户次。",
             "“三公”经费控制情况 2 2 100%", "三、存在的主要问题"],
            lines);
    }

    [Fact]
    public void Read_ChromiumSpacesThatAreNoBreak_LineKeptWhole()
    {
        // A space after a colon before words, and a title in the middle of a line, are the text's own.
        var html = Page(Wrapped + "<p>其中： 一般公共预算收入 5781.20 万元</p><p>详见 三、存在的主要问题 一节的说明</p>");

        var lines = ChromiumPdf.Lines(ChromiumPdf.Print(html));

        Assert.Equal([Wrapped[3..^4], "其中： 一般公共预算收入 5781.20 万元", "详见 三、存在的主要问题 一节的说明"], lines);
    }

    private static string Page(string body) => ChromiumPdf.Page(Style, body);
}
