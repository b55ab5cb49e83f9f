using Jixiao.Domain.Model;
using Jixiao.Import.Documents.Word;

namespace Jixiao.Import.Tests.Documents.Word;

/// <summary>
/// Word's automatic numbering prints 「一、」「（一）」「1.」 that are not in the text: the reader computes them, so that
/// a report whose headings are numbered by Word reads as one whose numbers were typed.
/// </summary>
public sealed class DocxNumberingTests
{
    private static readonly ExtractionOptions s_options = new() { Provenance = true };

    [Fact]
    public void Import_HeadingsNumberedByWord_ListsReadUnderThem()
    {
        var docx = new Docx();
        var outline = docx.List(("chineseCounting", "%1、"), ("chineseCounting", "（%2）"), ("decimal", "%3."));
        docx.Paragraph("青河县司法局2025年度部门整体支出绩效自评报告", "Title")
            .Item(outline, 0, "部门整体收支情况")
            .Paragraph("全年预算数 1,286.40 万元，全年执行数 1,250.12 万元，预算执行率 97.18%。")
            .Item(outline, 0, "存在的主要问题")
            .Item(outline, 2, "预算编制不够精准，年中调整较多。")
            .Item(outline, 2, "绩效目标设置不够细化。")
            .Item(outline, 0, "下一步改进措施")
            .Item(outline, 2, "提高预算编制的准确性。")
            .Item(outline, 2, "细化量化绩效目标。")
            .Item(outline, 2, "加强绩效运行监控。");

        var evaluation = Import(docx);

        Assert.Equal(["预算编制不够精准，年中调整较多。", "绩效目标设置不够细化。"], evaluation.Problems);
        Assert.Equal(["提高预算编制的准确性。", "细化量化绩效目标。", "加强绩效运行监控。"], evaluation.Improvements);
        Assert.Equal(1250.12m, evaluation.Budget?.Actual);
    }

    [Fact]
    public void Read_NestedLevels_RestartUnderEachHigherItem()
    {
        var docx = new Docx();
        var outline = docx.List(("chineseCounting", "%1、"), ("chineseCounting", "（%2）"), ("decimal", "%3."));
        docx.Item(outline, 0, "甲").Item(outline, 1, "乙").Item(outline, 2, "丙").Item(outline, 2, "丁")
            .Item(outline, 1, "戊").Item(outline, 2, "己")
            .Item(outline, 0, "庚").Item(outline, 1, "辛").Item(outline, 2, "壬");

        Assert.Equal(
            ["一、 甲", "（一） 乙", "1. 丙", "2. 丁", "（二） 戊", "1. 己", "二、 庚", "（一） 辛", "1. 壬"],
            Lines(docx));
    }

    [Fact]
    public void Read_SecondListOfSameDefinition_ContinuesUnlessRestarted()
    {
        var docx = new Docx();
        var first = docx.List(("decimal", "%1."));
        var another = docx.Another(first);
        var restarted = docx.Restart(first, level: 0, start: 1);
        docx.Item(first, 0, "甲").Item(first, 0, "乙").Paragraph("中间的话。").Item(another, 0, "丙").Item(restarted, 0, "丁").Item(restarted, 0, "戊");

        // As Word and LibreOffice count: instances of one definition share its counters; a startOverride restarts them.
        Assert.Equal(["1. 甲", "2. 乙", "中间的话。", "3. 丙", "1. 丁", "2. 戊"], Lines(docx));
    }

    [Theory]
    [InlineData("chineseCountingThousand", "%1、", 11, "十一、")] // 十一, not 一十一: the outline reader knows only the former
    [InlineData("chineseCountingThousand", "%1、", 20, "二十、")]
    [InlineData("chineseCounting", "（%1）", 12, "（十二）")]
    [InlineData("ideographTraditional", "%1、", 3, "丙、")]
    [InlineData("decimalEnclosedCircle", "%1", 4, "④")]
    [InlineData("decimalFullWidth", "%1．", 2, "２．")]
    [InlineData("upperLetter", "%1.", 28, "BB.")] // Word repeats the letter past Z
    [InlineData("lowerRoman", "(%1)", 4, "(iv)")]
    [InlineData("decimalZero", "%1.", 7, "07.")]
    public void Read_NumberFormats_PrintedAsWordPrintsThem(string format, string text, int items, string last)
    {
        var docx = new Docx();
        var list = docx.List((format, text));
        for (var i = 1; i <= items; i++)
        {
            docx.Item(list, 0, "项");
        }

        Assert.Equal(last + " 项", Lines(docx)[^1]);
    }

    [Fact]
    public void Read_StyleNumberedHeadings_NumberedFromTheStyle()
    {
        var docx = new Docx();
        var list = docx.List(("chineseCounting", "%1、"), ("chineseCounting", "（%2）"));
        docx.Style("Chapter", "章标题", list: list).Style("Section", "节标题", list: list, level: 1, basedOn: "Chapter");
        docx.Paragraph("部门概况", "Chapter").Paragraph("部门职能", "Section").Paragraph("正文。").Paragraph("部门整体收支情况", "Chapter");

        Assert.Equal(["一、 部门概况", "（一） 部门职能", "正文。", "二、 部门整体收支情况"], Lines(docx));
    }

    [Fact]
    public void Import_NumberLabel_ProvenanceStartsAtTheLabel()
    {
        var docx = new Docx();
        var list = docx.List(("decimal", "%1."));
        docx.Paragraph("一、绩效目标").Item(list, 0, "全年化解矛盾纠纷 1200 件。").Item(list, 0, "平安建设考评全市前三。");

        var evaluation = Import(docx);

        Assert.Equal(["全年化解矛盾纠纷 1200 件。", "平安建设考评全市前三。"], evaluation.Goals);
        var second = evaluation.Provenance!["goals[1]"];
        Assert.Equal((3, 4), (second.Line, second.Column)); // paragraph 3; 「2. 」 takes columns 1–3
    }

    private static Evaluation Import(Docx docx) => DocumentImporter.Import(docx.Build(), "report.docx", s_options).Evaluation!;

    private static string[] Lines(Docx docx) => DocxReader.Read(new MemoryStream(docx.Build())).Text.TrimEnd('\n').Split('\n');
}
