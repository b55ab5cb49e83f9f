using Jixiao.Domain.Model;
using Jixiao.Render.Layout;
using Jixiao.Render.Report;
using Jixiao.Render.Scores;

namespace Jixiao.Render.Review;

/// <summary>
/// The bureau's 复核意见书 for one evaluation, or its 退回修改通知: the findings in the reviewer's words (the field in
/// Chinese, where the document printed it when the extraction kept it, the numbers of the message), then room for the
/// reviewer's own opinion, the signature and the date left to fill.
/// </summary>
internal static class ReviewLetter
{
    public static IReadOnlyList<Block> Build(Evaluation evaluation, bool returned)
    {
        var report = ReportBuilder.Title(evaluation);
        var blocks = new List<Block>
        {
            new TitleBlock(returned ? "绩效自评退回修改通知" : "绩效自评复核意见书"),
            new ParagraphBlock($"{evaluation.Department ?? "____________"}：", Flush: true),
            new ParagraphBlock(returned
                ? $"你单位报送的《{report}》经复核，存在以下问题，现退回修改。请逐项核实、修改后于____个工作日内重新报送。"
                : $"你单位报送的《{report}》已收悉。经复核，意见如下。"),
            new HeadingBlock(1, "一、复核发现的问题"),
        };
        var findings = evaluation.Findings.Where(finding => !returned || finding.Severity != Severity.Info).OrderBy(finding => finding.Severity).ToList();
        if (findings.Count == 0)
        {
            blocks.Add(new ParagraphBlock("未发现问题。"));
        }

        blocks.AddRange(findings.Select((finding, i) => new ParagraphBlock(
            $"{i + 1}. 【{FindingsGrid.SeverityName(finding.Severity)}】{FieldNames.Of(finding.Field, evaluation)}{Place(evaluation, finding.Field)}：{finding.Message}（{finding.Code}）")));
        blocks.Add(new HeadingBlock(1, returned ? "二、修改要求" : "二、复核意见"));
        blocks.Add(new GridBlock(OpinionBox()));
        blocks.Add(new ParagraphBlock("复核单位（盖章）：", Right: true));
        blocks.Add(new ParagraphBlock("年    月    日", Right: true));
        return blocks;
    }

    /// <summary>Where the field was printed (第 3 页, 表 2 第 3 行第 4 列, 自评表!D7), when the extraction recorded it.</summary>
    private static string Place(Evaluation evaluation, string field)
    {
        if (evaluation.Provenance is not { } provenance || !provenance.TryGetValue(field, out var source))
        {
            return "";
        }

        var places = new List<string>();
        if (source.Page is { } page)
        {
            places.Add($"第 {page} 页");
        }

        places.Add(source.Cell ?? $"第 {source.Line} 行");
        return $"（{string.Join("，", places)}）";
    }

    /// <summary>The reviewer's opinion: a box to write in, and the names and date under it.</summary>
    private static Grid OpinionBox()
    {
        var grid = new GridBuilder(4);
        // Six empty rows under one merged cell: the height a reviewer writes in.
        grid.Label(0, "复核意见", rowSpan: 6).Text(1, null, columnSpan: 3, rowSpan: 6).Next(6);
        grid.Label(0, "复核人").Text(1, null).Label(2, "复核日期").Text(3, null).Next();
        return new Grid { SheetName = "复核意见", Title = "复核意见", ColumnWidths = [10, 20, 10, 20], Cells = grid.Cells() };
    }
}
