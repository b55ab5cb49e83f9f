using System.Globalization;

namespace Jixiao.Import.Tests.Documents.Pdf;

/// <summary>Made-up documents for what the seeds do not show: a table over three pages, running heads and feet, merged cells.</summary>
internal static class PdfSampleDocuments
{
    public const string RunningHead = "测试单位2023年度部门整体支出绩效自评报告";

    /// <summary>A long paragraph that wraps over several lines.</summary>
    public const string LongParagraph = "本部门全年预算数 100.00 万元，执行数 99.00 万元，预算执行率 99.00%。这是一段很长的文字，"
        + "用来检查段落在页面上折行以后能否重新连成一个段落，而不是拆成几行分别读取：流水线按行读取文字，一句话被拆开就读不全。";

    /// <summary>The long cell of the split-row document: 40 sentences, more than a page holds.</summary>
    public static string LongCell { get; } = Sentences(40);

    /// <summary>The cell of the row-over-three-pages document: its row is broken by two page breaks.</summary>
    public static string LongerCell { get; } = Sentences(100);

    /// <summary>A table printed as lines of text, without rules: rows of similar width, each at the left margin.</summary>
    public static string[] NumberRowLines { get; } =
    [
        "本年支出合计 186,540.28 192,318.64 190,011.39",
        "一、基本支出 121,306.75 124,870.12 124,802.57",
        "人员经费 109,842.60 112,965.48 112,931.06",
        "公用经费 11,464.15 11,904.64 11,871.51",
        "二、项目支出 65,233.53 67,448.52 65,208.82",
    ];

    // After the texts the documents use: static fields are set in order.
    public static IReadOnlyDictionary<string, FlatOdt> All { get; } = new Dictionary<string, FlatOdt>
    {
        ["continued-table"] = ContinuedTable(),
        ["chinese-page-numbers"] = ChinesePageNumbers(),
        ["merged-cells"] = MergedCells(),
        ["split-row"] = SplitRow(string.Concat(Enumerable.Repeat("第一项任务已经按计划完成。", 30)), LongCell),
        ["row-over-three-pages"] = SplitRow("已完成。", LongerCell),
        ["number-rows"] = NumberRows(),
    };

    /// <summary>The 分值 printed in row <paramref name="row"/> of the long table.</summary>
    public static string Weight(int row) => (row % 7 + 1).ToString(CultureInfo.InvariantCulture);

    private static FlatOdt ContinuedTable()
    {
        List<string[]> rows = [["序号", "指标名称", "分值", "得分"]];
        rows.AddRange(Enumerable.Range(1, 90).Select(i => new[] { i.ToString(CultureInfo.InvariantCulture), $"第{i}项指标", Weight(i), Weight(i) }));
        return new FlatOdt { Header = RunningHead, Footer = "- {page} -" }
            .Title(RunningHead)
            .Paragraph("一、基本情况")
            .Paragraph(LongParagraph)
            .Table(rows, headerRows: 1, widthsCm: [2, 8, 3, 3])
            .Paragraph("表后的一段文字。");
    }

    private static FlatOdt ChinesePageNumbers() =>
        new FlatOdt { Header = "某某区财政局", Footer = "第 {page} 页" }
            .Paragraph("第一页的正文。")
            .PageBreak()
            .Paragraph("第二页的正文。")
            .PageBreak()
            .Paragraph("第三页的正文。");

    private static FlatOdt NumberRows()
    {
        var document = new FlatOdt();
        foreach (var line in NumberRowLines)
        {
            document.Paragraph(line);
        }

        return document;
    }

    private static string Sentences(int count) => string.Concat(Enumerable.Range(1, count).Select(i => $"第{i}句说明了这一项工作在本年度的具体完成情况和取得的成效。"));

    private static FlatOdt SplitRow(string firstCell, string longCell) =>
        new FlatOdt()
            .Paragraph("表 2 重点工作任务")
            .Table(
                [
                    ["任务名称", "完成情况", "资金"],
                    ["任务1", firstCell, "16.6"],
                    ["任务2", longCell, "488.36"],
                    ["任务3", "已完成。", "24"],
                ],
                widthsCm: [3, 10, 3]);

    private static FlatOdt MergedCells() =>
        new FlatOdt()
            .Paragraph("表 1 支出结构")
            .Table(
                [
                    ["项目", "<", "金额"],
                    ["基本支出", "人员经费", "6225.01"],
                    ["^", "公用经费", "531.70"],
                    ["项目支出", "<", "3349.08"],
                    ["说明", "<", "第一段说明。\n第二段说明，这一段比较长，会在窄窄的单元格里折成好几行，但它仍然是同一个段落。"],
                ],
                widthsCm: [4, 4, 5]);
}
