using DocumentFormat.OpenXml.Wordprocessing;
using Jixiao.Domain.Model;
using Jixiao.Import.Documents.Word;
using static Jixiao.Import.Tests.Documents.Word.DocxTables;

namespace Jixiao.Import.Tests.Documents.Word;

/// <summary>
/// Word tables with merged cells are read as the pipeline reads HTML tables: a span is an empty cell, so figures
/// stay under their column; and a value's provenance names the table cell and the paragraph it was printed in.
/// </summary>
public sealed class DocxTableTests
{
    private static readonly ExtractionOptions s_options = new() { Provenance = true };

    /// <summary>A caption row across the table, a 备注 column merged down the rows: the layout of the seeds' 决算表.</summary>
    private static Docx BudgetReport() => new Docx()
        .Paragraph("青河县司法局2025年度部门整体支出绩效自评报告", "Title")
        .Paragraph("一、部门整体收支情况")
        .Add(Table(5,
            Row(Cell("2025年部门整体支出决算表（单位：万元）", span: 5)),
            Row(Cell("支出性质"), Cell("年初预算数"), Cell("调整后预算数"), Cell("全年执行数"), Cell("备注")),
            Row(Cell("本年支出合计"), Cell("1,286.40"), Cell("1,300.00"), Cell("1,250.12"), MergeStart("无调整")),
            Row(Cell("基本支出"), Cell("900.00"), Cell("910.00"), Cell("905.50"), MergeContinue()),
            Row(Cell("项目支出"), Cell("386.40"), Cell("390.00"), Cell("344.62"), MergeContinue())))
        .Paragraph("二、绩效自评情况");

    [Fact]
    public void Import_BudgetTableWithMergedCells_ReadsEachColumn()
    {
        var budget = Import(BudgetReport()).Budget!;

        Assert.Equal((1286.40m, 1300.00m, 1250.12m), (budget.Initial, budget.Adjusted, budget.Actual));
        Assert.Equal((905.50m, 344.62m), (budget.Basic, budget.Project));
    }

    [Fact]
    public void Import_ValueInTable_ProvenanceNamesCellAndParagraph()
    {
        var source = Import(BudgetReport()).Provenance!["budget.actual"];

        // Paragraphs: title 1, heading 2, the caption row's cell 3, the header row's five cells 4–8, then 本年支出合计 9 … 1,250.12 12.
        Assert.Equal("表 1 第 3 行第 4 列", source.Cell);
        Assert.Equal((12, 1), (source.Line, source.Column));
        Assert.Equal("1,250.12", source.Snippet);
    }

    [Fact]
    public void Read_MergedCells_EmptyCellsKeepTheGrid()
    {
        var lines = Lines(BudgetReport());

        Assert.Contains("<tr><td colspan=\"5\">2025年部门整体支出决算表（单位：万元）</td></tr>", lines);
        Assert.Contains("<tr><td>基本支出</td><td>900.00</td><td>910.00</td><td>905.50</td><td></td></tr>", lines);
    }

    [Fact]
    public void Import_KeyValueTableMergedDownTheFirstColumn_ReadsTheBudget()
    {
        // Seed 001's 自评表: 「部门资金情况」 merged down four rows beside label / value pairs.
        var docx = new Docx()
            .Paragraph("部门整体支出绩效自评表")
            .Paragraph("单位：万元")
            .Add(Table(5,
                Row(Cell("部门名称"), Cell("青河县司法局", span: 2), Cell("被评价年度"), Cell("2025年")),
                Row(MergeStart("部门资金情况"), Cell("部门调整预算收入"), Cell("2395.15"), Cell("部门年初预算收入"), Cell("2902.64")),
                Row(MergeContinue(), Cell("实际支出数"), Cell("2394.83"), Cell("年度预算调整数"), Cell("507.49")),
                Row(MergeContinue(), Cell("预算完成率"), Cell("99.99%"), Cell("预算调整率"), Cell("17.48%"))));

        var evaluation = Import(docx);

        Assert.Equal((2902.64m, 2395.15m, 2394.83m), (evaluation.Budget?.Initial, evaluation.Budget?.Adjusted, evaluation.Budget?.Actual));
        Assert.Equal(99.99m, evaluation.Budget?.ExecutionRate);
        Assert.Equal("表 1 第 3 行第 3 列", evaluation.Provenance!["budget.actual"].Cell);
    }

    [Fact]
    public void Read_RowStartingPastTheGrid_CellsNamedByGridColumn()
    {
        var docx = new Docx().Add(Table(3, Row(Cell("甲"), Cell("乙"), Cell("丙")), RowAfter(1, Cell("丁", span: 2))));

        var laidOut = DocxReader.Read(new MemoryStream(docx.Build()));

        Assert.Contains("<tr><td></td><td colspan=\"2\">丁</td></tr>", laidOut.Text.Split('\n'));
        Assert.Equal("表 1 第 2 行第 2 列", CellOf(laidOut, "丁"));
    }

    [Fact]
    public void Read_CellParagraphsAndNestedTable_OneCellOfParagraphs()
    {
        var nested = Table(2, Row(Cell("预算数"), Cell("100")), Row(Cell("执行数"), Cell("98")));
        var outer = Cell(1, null, "第一段", "第二段");
        outer.Append(nested, new Paragraph());
        var docx = new Docx().Add(Table(2, Row(Cell("说明"), outer)), Docx.Para("表后。"));

        var laidOut = DocxReader.Read(new MemoryStream(docx.Build()));

        Assert.Equal("<tr><td>说明</td><td>第一段<br>第二段<br>预算数 100<br>执行数 98</td></tr>", laidOut.Text.Split('\n')[1]);
        Assert.Equal("表 1 第 1 行第 2 列", CellOf(laidOut, "执行数"));
        Assert.DoesNotContain("表 2", laidOut.Text, StringComparison.Ordinal);
    }

    private static Evaluation Import(Docx docx) => DocumentImporter.Import(docx.Build(), "report.docx", s_options).Evaluation!;

    private static string[] Lines(Docx docx) => DocxReader.Read(new MemoryStream(docx.Build())).Text.Split('\n');

    private static string? CellOf(Jixiao.Import.Documents.LaidOutText laidOut, string text)
    {
        var at = laidOut.Text.IndexOf(text, StringComparison.Ordinal);
        return laidOut.Describe(at, at + text.Length - 1, text).Cell;
    }
}
