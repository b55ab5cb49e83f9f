using System.Globalization;
using Jixiao.Import.Documents.Pdf;
using Jixiao.Import.Tests.Documents.Fixtures;

namespace Jixiao.Import.Tests.Documents.Pdf;

/// <summary>How a PDF is laid out as text: tables over pages, running heads and feet, merged cells, wrapped paragraphs, places.</summary>
[Collection(ReportDocumentsDefinition.Name)]
public sealed class PdfLayoutTests(PdfSamples samples)
{
    [Fact]
    public void Read_TableOverThreePages_OneTableEveryRowOnceInOrder()
    {
        var text = Read("continued-table");

        Assert.True(Poppler.PageCount(samples.Pdf("continued-table")) >= 3);
        Assert.Equal(1, Count(text, "<table>"));
        var rows = Lines(text).Where(line => line.StartsWith("<tr>", StringComparison.Ordinal)).ToList();
        Assert.Equal("<tr><td>序号</td><td>指标名称</td><td>分值</td><td>得分</td></tr>", rows[0]);
        Assert.Equal(
            Enumerable.Range(1, 90).Select(i => string.Create(CultureInfo.InvariantCulture, $"<tr><td>{i}</td><td>第{i}项指标</td><td>{PdfSampleDocuments.Weight(i)}</td><td>{PdfSampleDocuments.Weight(i)}</td></tr>")),
            rows.Skip(1));
        Assert.Equal("表后的一段文字。", Lines(text).SkipWhile(line => line != "</table>").ElementAt(1));
    }

    [Fact]
    public void Read_RunningHeadAndPageNumbers_LeftOutButTheTitleStays()
    {
        var lines = Lines(Read("continued-table")).ToList();

        Assert.Equal(PdfSampleDocuments.RunningHead, lines[0]);
        Assert.Equal(1, lines.Count(line => line == PdfSampleDocuments.RunningHead));
        Assert.DoesNotContain(lines, line => line.StartsWith('-'));
    }

    [Fact]
    public void Read_ChinesePageNumbers_LeftOut()
    {
        var lines = Lines(Read("chinese-page-numbers")).ToList();

        Assert.Equal(["某某区财政局", "第一页的正文。", "第二页的正文。", "第三页的正文。"], lines);
    }

    [Fact]
    public void Read_WrappedParagraph_OneLine()
    {
        var lines = Lines(Read("continued-table")).Select(line => line.Replace(" ", "", StringComparison.Ordinal));

        Assert.Contains(PdfSampleDocuments.LongParagraph.Replace(" ", "", StringComparison.Ordinal), lines);
    }

    [Fact]
    public void Read_RowsOfNumbersWithoutRules_NeverJoined()
    {
        Assert.Equal(PdfSampleDocuments.NumberRowLines, Lines(Read("number-rows")));
    }

    [Fact]
    public void Read_MergedCells_SpanningCellsAndCellParagraphs()
    {
        var rows = Lines(Read("merged-cells")).SkipWhile(line => line != "<table>").ToList();

        Assert.Equal(
            [
                "<table>",
                "<tr><td colspan=\"2\">项目</td><td>金额</td></tr>",
                "<tr><td>基本支出</td><td>人员经费</td><td>6225.01</td></tr>",
                "<tr><td></td><td>公用经费</td><td>531.70</td></tr>",
                "<tr><td colspan=\"2\">项目支出</td><td>3349.08</td></tr>",
                "<tr><td colspan=\"2\">说明</td><td>第一段说明。<br>第二段说明，这一段比较长，会在窄窄的单元格里折成好几行，但它仍然是同一个段落。</td></tr>",
                "</table>",
            ],
            rows);
    }

    [Fact]
    public void Read_RowBrokenByAPageBreak_OneRow()
    {
        var rows = Lines(Read("split-row")).Where(line => line.StartsWith("<tr>", StringComparison.Ordinal)).ToList();

        Assert.True(Poppler.PageCount(samples.Pdf("split-row")) >= 2);
        Assert.Equal(4, rows.Count);
        Assert.Equal($"<tr><td>任务2</td><td>{PdfSampleDocuments.LongCell}</td><td>488.36</td></tr>", rows[2]);
    }

    [Fact]
    public void Read_RowBrokenByTwoPageBreaks_OneRow()
    {
        var rows = Lines(Read("row-over-three-pages")).Where(line => line.StartsWith("<tr>", StringComparison.Ordinal)).ToList();

        Assert.True(Poppler.PageCount(samples.Pdf("row-over-three-pages")) >= 3);
        Assert.Equal(4, rows.Count);
        Assert.Equal($"<tr><td>任务2</td><td>{PdfSampleDocuments.LongerCell}</td><td>488.36</td></tr>", rows[2]);
    }

    [Fact]
    public void Describe_CellOnALaterPage_NamesPageLineAndCell()
    {
        var laidOut = PdfReader.Read(samples.Pdf("continued-table"), new ExtractionOptions(), CancellationToken.None);
        var at = laidOut.Text.IndexOf("第60项指标", StringComparison.Ordinal);

        var source = laidOut.Describe(at, at + 5, "第60项指标");

        var (page, line) = Poppler.PrintedAt(samples.Pdf("continued-table"), "第60项指标");
        Assert.Equal(page, source.Page);
        Assert.Equal(line, source.Line);
        Assert.Equal(1, source.Column);
        Assert.Equal("表 1 第 61 行第 2 列", source.Cell);
    }

    private string Read(string name) => PdfReader.Read(samples.Pdf(name), new ExtractionOptions(), CancellationToken.None).Text;

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static int Count(string text, string part) => text.Split(part).Length - 1;
}
