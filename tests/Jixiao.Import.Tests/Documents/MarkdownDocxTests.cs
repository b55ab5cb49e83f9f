using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Jixiao.Import.Tests.Documents.Fixtures;

namespace Jixiao.Import.Tests.Documents;

/// <summary>The Word documents the document tests read are real Word documents, laid out as the text was.</summary>
[Collection(ReportDocumentsDefinition.Name)]
public sealed class MarkdownDocxTests(ReportDocuments documents)
{
    [Fact]
    public void Write_EverySeedAndCorpusDocument_ValidForWord()
    {
        var validator = new OpenXmlValidator(FileFormatVersions.Office2019);
        var problems = ReportDocuments.All().SelectMany(document =>
        {
            using var word = WordprocessingDocument.Open(new MemoryStream(documents.Docx(document.FactsFile)), false);
            return validator.Validate(word).Select(error => $"{document.FactsFile}: {error.Path?.XPath}: {error.Description}").ToList();
        }).ToList();

        Assert.True(problems.Count == 0, string.Join('\n', problems.Take(20)));
    }

    [Fact]
    public void Write_SameText_SameBytes()
    {
        var text = File.ReadAllText(Path.Combine(FactsFiles.Corpus, "c04_jichuan_sifa_2023.txt"));

        Assert.Equal(MarkdownDocx.Write(text), MarkdownDocx.Write(text));
    }

    [Fact]
    public void Write_OutlineTitles_HeadingStylesKeepingPrintedNumbers()
    {
        var body = Body("""
            # 某某局2023年度部门整体支出绩效自评报告
            一、基本情况
            （一）部门职能
            1. 部门整体绩效目标产出指标完成情况。
            1. 着力防控风险，全力维护社会大局稳定。
            全年预算数 1200.00 万元，**一是**加强管理。
            """);

        var paragraphs = body.Elements<Paragraph>().ToList();
        Assert.Equal(
            ["某某局2023年度部门整体支出绩效自评报告", "一、基本情况", "（一）部门职能", "1. 部门整体绩效目标产出指标完成情况。", "1. 着力防控风险，全力维护社会大局稳定。", "全年预算数 1200.00 万元，一是加强管理。"],
            paragraphs.Select(paragraph => paragraph.InnerText));
        Assert.Equal(["Title", "Heading1", "Heading2", "Heading3", null, null], paragraphs.Select(paragraph => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value));
        Assert.Equal("一是", Assert.Single(paragraphs[^1].Descendants<Run>(), run => run.RunProperties?.Bold is not null).InnerText);
    }

    [Fact]
    public void Write_HtmlTableWithSpans_CellsMergedAsWordMergesThem()
    {
        var table = Assert.Single(Body("""
            <table>
            <tr><td rowspan="2">部门资金情况</td><td colspan="2">年初预算<br>4206.30</td></tr>
            <tr><td>实际支出</td><td>4561.05</td></tr>
            </table>
            """).Elements<Table>());

        Assert.Equal(3, table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Count());
        var rows = table.Elements<TableRow>().Select(row => row.Elements<TableCell>().ToList()).ToList();
        Assert.Equal(MergedCellValues.Restart, rows[0][0].TableCellProperties!.VerticalMerge!.Val!.Value);
        Assert.Equal(2, rows[0][1].TableCellProperties!.GridSpan!.Val!.Value);
        Assert.Equal(["年初预算", "4206.30"], rows[0][1].Elements<Paragraph>().Select(paragraph => paragraph.InnerText));
        Assert.Null(rows[1][0].TableCellProperties!.VerticalMerge!.Val);
        Assert.Equal(["", "实际支出", "4561.05"], rows[1].Select(cell => cell.InnerText));
    }

    [Fact]
    public void Write_PipeTable_EmptyCellsAfterACellMergedIntoIt()
    {
        var table = Assert.Single(Body("""
            | 部门名称 | | 某某局 |
            |---|---|---|
            | | 实际支出数 | |
            | 年度目标 | <p>目标一</p><p>目标二</p> |
            """).Elements<Table>());

        // The empty cell at the second row's start stands under a merged cell; the short last row lost a cell at its start.
        var rows = table.Elements<TableRow>().Select(row => row.Elements<TableCell>().ToList()).ToList();
        Assert.Equal([["部门名称", "某某局"], ["", "实际支出数"], ["年度目标", "目标一目标二"]], rows.Select(row => row.Select(cell => cell.InnerText)));
        Assert.Equal([[2, 1], [1, 2], [2, 1]], rows.Select(row => row.Select(cell => cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1)));
        Assert.Equal(["目标一", "目标二"], rows[2][1].Elements<Paragraph>().Select(paragraph => paragraph.InnerText));
    }

    [Fact]
    public void Write_TabSeparatedLines_OneTableBetweenParagraphs()
    {
        var body = Body("项目资金\n年度资金总额\t2650.00\t2818.35\n其中：当年财政拨款\t2450.00\t2618.35\n填报日期：2022年4月8日");

        Assert.Equal(["Paragraph", "Table", "Paragraph", "SectionProperties"], body.ChildElements.Select(element => element.GetType().Name));
        Assert.Equal(["年度资金总额", "2650.00", "2818.35", "其中：当年财政拨款", "2450.00", "2618.35"], body.Descendants<TableCell>().Select(cell => cell.InnerText));
    }

    private static Body Body(string text)
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(MarkdownDocx.Write(text)), false);
        return (Body)word.MainDocumentPart!.Document!.Body!.CloneNode(true);
    }
}
