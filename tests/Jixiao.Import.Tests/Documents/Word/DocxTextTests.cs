using DocumentFormat.OpenXml.Wordprocessing;
using Jixiao.Domain.Model;
using Jixiao.Import.Documents.Word;

namespace Jixiao.Import.Tests.Documents.Word;

/// <summary>
/// The printed text of a Word body: line breaks and tabs as printed, text boxes once, headings by outline level;
/// no deleted or hidden text, no field codes, no table of contents.
/// </summary>
public sealed class DocxTextTests
{
    private static readonly ExtractionOptions s_options = new() { Provenance = true };

    [Fact]
    public void Read_TextBox_ReadOnceAfterItsAnchor()
    {
        var docx = new Docx().Paragraph("前面。").Add(new Paragraph(DocxXml.TextBox("锚定段落。", "文本框里的话。", "锚定之后。"))).Paragraph("后面。");

        var laidOut = DocxReader.Read(new MemoryStream(docx.Build()));

        Assert.Equal(["前面。", "锚定段落。锚定之后。", "文本框里的话。", "后面。"], laidOut.Text.TrimEnd('\n').Split('\n'));
        var box = laidOut.Text.IndexOf("文本框", StringComparison.Ordinal);
        Assert.Equal(3, laidOut.Describe(box, box + 1, "文本框").Line);
    }

    [Fact]
    public void Import_LineBreakInParagraph_SameParagraphColumnsGoOn()
    {
        var paragraph = new Paragraph(Docx.Run("全年预算数 1,286.40 万元，"), new Run(new Break()), Docx.Run("全年执行数 1,250.12 万元。"));
        var docx = new Docx().Paragraph("一、部门整体收支情况").Add(paragraph);

        var evaluation = Import(docx);

        var actual = evaluation.Provenance!["budget.actual"];
        Assert.Equal(1250.12m, evaluation.Budget?.Actual);
        Assert.Equal((2, 19), (actual.Line, actual.Column));
    }

    [Fact]
    public void Import_TabAlignedRows_ReadAsTable()
    {
        var docx = new Docx().Paragraph("一、部门整体收支情况").Paragraph("单位：万元");
        foreach (var row in (string[][])[["项目", "年初预算数", "调整后预算数", "全年执行数"], ["本年支出合计", "1,286.40", "1,300.00", "1,250.12"], ["基本支出", "900.00", "910.00", "905.50"]])
        {
            docx.Add(new Paragraph(row.SelectMany((text, i) => i == 0 ? [Docx.Run(text)] : new[] { new Run(new TabChar()), Docx.Run(text) })));
        }

        var evaluation = Import(docx);

        Assert.Equal((1286.40m, 1300.00m, 1250.12m, 905.50m), (evaluation.Budget?.Initial, evaluation.Budget?.Adjusted, evaluation.Budget?.Actual, evaluation.Budget?.Basic));
        Assert.Equal(4, evaluation.Provenance!["budget.actual"].Line);
    }

    [Fact]
    public void Import_HeadingStylesWithoutNumbers_ReadAsOutline()
    {
        var docx = new Docx()
            .Style("Chapter", "章", outline: 0)
            .Paragraph("青河县司法局2025年度部门整体支出绩效自评报告", "Title")
            .Paragraph("存在的主要问题", "1")
            .Paragraph("预算编制不够精准，年中调整较多。")
            .Paragraph("下一步改进措施", "Chapter")
            .Paragraph("提高预算编制的准确性。")
            .Paragraph("其他说明", "1")
            .Paragraph("本报告数据来源于部门决算。");

        var evaluation = Import(docx);

        Assert.Equal(["预算编制不够精准，年中调整较多。"], evaluation.Problems);
        Assert.Equal(["提高预算编制的准确性。"], evaluation.Improvements);
        Assert.Equal("青河县司法局", evaluation.Department);
    }

    [Fact]
    public void Import_TraditionalReport_HeadingStylesAndLabelsRead()
    {
        // Word in traditional Chinese names its heading styles 標題 1 …; the texts keep their script.
        var docx = new Docx()
            .Style("T1", "標題 1")
            .Paragraph("青河縣司法局2025年度部門整體支出績效自評報告", "Title")
            .Paragraph("存在的主要問題", "T1")
            .Paragraph("預算編制不夠精準，年中調整較多。")
            .Paragraph("下一步改進措施", "T1")
            .Paragraph("提高預算編制的準確性。")
            .Paragraph("其他說明", "T1")
            .Paragraph("本報告數據來源於部門決算。");

        var evaluation = Import(docx);

        Assert.Equal(["預算編制不夠精準，年中調整較多。"], evaluation.Problems);
        Assert.Equal(["提高預算編制的準確性。"], evaluation.Improvements);
        Assert.Equal("青河縣司法局", evaluation.Department);
    }

    [Fact]
    public void Read_FieldsAndRevisions_OnlyPrintedTextRead()
    {
        var docx = new Docx()
            .Add(new Paragraph(DocxXml.Body("""
                <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \o "1-3" \h </w:instrText></w:r>
                <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>一、部门概况</w:t></w:r><w:r><w:tab/><w:t>1</w:t></w:r>
                """)))
            .Add(new Paragraph(DocxXml.Body("""<w:r><w:t>二、收支情况</w:t></w:r><w:r><w:tab/><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>""")))
            .Add(new Paragraph(DocxXml.Body("""
                <w:r><w:t xml:space="preserve">截至</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>
                <w:r><w:instrText xml:space="preserve"> DATE \@ "yyyy年M月d日" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>
                <w:r><w:t>2025年12月31日</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>
                <w:del w:id="1" w:author="审核" w:date="2026-01-05T00:00:00Z"><w:r><w:delText>，在职人员 35 人</w:delText></w:r></w:del>
                <w:ins w:id="2" w:author="审核" w:date="2026-01-05T00:00:00Z"><w:r><w:t>，在职人员 36 人</w:t></w:r></w:ins>
                <w:r><w:rPr><w:vanish/></w:rPr><w:t>（内部备注）</w:t></w:r><w:r><w:t>。</w:t></w:r>
                """)));

        var lines = DocxReader.Read(new MemoryStream(docx.Build())).Text.Split('\n');

        Assert.Equal(["", "", "截至2025年12月31日，在职人员 36 人。"], lines[..3]);
    }

    [Fact]
    public void Import_DocumentWithoutBody_FailsSayingSo()
    {
        var result = DocumentImporter.Import(DocxXml.Package(body: false), "report.docx", s_options);

        Assert.Null(result.Evaluation);
        Assert.Contains("没有正文", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_DocumentWithoutText_FailsSayingSo()
    {
        var result = DocumentImporter.Import(new Docx().Add(new Paragraph()).Build(), "scan.docx", s_options);

        Assert.Contains("没有文字", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_TruncatedDocx_FailsAsCorrupt()
    {
        var bytes = new Docx().Paragraph("全年预算数 100 万元。").Build();

        var result = DocumentImporter.Import(bytes[..(bytes.Length / 2)], "report.docx", s_options);

        Assert.Null(result.Evaluation);
        Assert.StartsWith("文件已损坏", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FourHundredPages_CountsEveryParagraph()
    {
        // 20,000 paragraphs and 400 tables of 10 rows (about 400 pages); its speed is measured in bench/, not here.
        var body = new System.Text.StringBuilder();
        for (var i = 0; i < 400; i++)
        {
            body.Insert(body.Length, "<w:p><w:r><w:t>全年预算数 1,286.40 万元，全年执行数 1,250.12 万元，预算执行率 97.18%，本部门严格落实预算管理要求。</w:t></w:r></w:p>", 50);
            body.Append("<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>").Insert(body.Length, "<w:tr><w:tc><w:p><w:r><w:t>基本支出</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>905.50</w:t></w:r></w:p></w:tc></w:tr>", 10).Append("</w:tbl>");
        }

        var bytes = DocxXml.Package(body.ToString());
        var laidOut = DocxReader.Read(new MemoryStream(bytes));

        Assert.Equal(20_000 + 400 * 10 * 2, laidOut.Describe(laidOut.Text.Length - 20, laidOut.Text.Length - 20, "").Line);
    }

    [Theory]
    [InlineData("说明：以<table>开头的文字不是表格。")]
    [InlineData("<table><tr><td>全年预算数</td><td>9999</td></tr>")]
    [InlineData("示例 | 全年预算数 | 9999 |")]
    public void Import_ParagraphPrintingMarkup_IsAParagraphAndTheRestIsRead(string paragraph)
    {
        var docx = new Docx()
            .Paragraph(paragraph)
            .Paragraph("一、部门整体收支情况")
            .Paragraph("全年预算数1,286.40万元，全年执行数1,250.12万元。")
            .Paragraph("二、自评结论")
            .Paragraph("自评得分95.5分，评价等级为优。");

        var evaluation = Import(docx);

        Assert.Equal((1250.12m, 95.5m), (evaluation.Budget?.Actual, evaluation.Score?.Total));
        Assert.DoesNotContain(evaluation.Findings, finding => finding.Message.Contains("9999", StringComparison.Ordinal));
    }

    private static Evaluation Import(Docx docx) => DocumentImporter.Import(docx.Build(), "report.docx", s_options).Evaluation!;
}
