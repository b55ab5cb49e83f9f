namespace Jixiao.Import.Tests.Documents.Pdf;

/// <summary>
/// Where a paragraph wrapped over printed lines ends: a full line runs on into the next unless the next begins a paragraph,
/// a row or a page's furniture of its own.
/// </summary>
public sealed class ParagraphsTests
{
    private const string Style = "<style>body{font-family:'Noto Sans CJK SC','WenQuanYi Micro Hei',sans-serif;font-size:12pt}"
        + "div{width:360pt}p{margin:0 0 6pt 0}div.lines p{margin:0}</style>";

    [Fact]
    public void Read_ChromiumPointsCountedInline_AFullLineEndingAPointGoesOnWithTheNext()
    {
        // The paragraph's first line is full and ends with a full stop; the next begins 「二是」 after 「一是」 above.
        var html = ChromiumPdf.Page(Style, "<div><p>本局按照区级部门整体支出绩效评价的统一口径开展自评工作，对照年初设定的绩效目标逐项比较，分析差异原因，形成自评结论。</p>"
            + "<p>按照统一口径，本局设置了年度绩效指标：一是产出指标共四十分。二是预算执行率指标十分，按全年预算执行进度计分。三是效益指标四十分，含社会效益。四是满意度指标十分。</p>"
            + "<p>各三级指标的权重结合工作任务的重要程度确定，自评结果报区财政局备案，并在部门网站公开。</p></div>");

        var lines = ChromiumPdf.Lines(ChromiumPdf.Print(html));

        Assert.Contains("按照统一口径，本局设置了年度绩效指标：一是产出指标共四十分。二是预算执行率指标十分，按全年预算执行进度计分。三是效益指标四十分，含社会效益。四是满意度指标十分。", lines);
    }

    [Theory]
    [InlineData("chromium")]
    [InlineData("wkhtmltopdf")]
    public void Read_BrowserParagraphsPartedBySpace_AFullLineEndingASentenceGoesOnWithTheNext(string printer)
    {
        // Paragraphs as pandoc's page prints them: no indent, a margin between them. The third paragraph's first line is
        // full (27 letters in a box 27 letters wide) and ends with a full stop; its next line follows at the line pitch.
        string[] others =
        [
            "本馆围绕建设书香社区的总体要求，统筹安排年度资金，图书借阅、读者活动、数字阅读和流动服务等各项工作有序推进，群众阅读需求得到较好满足。",
            "全年新增馆藏图书一万二千册，更新报刊二百种，流动图书车进村服务九十次，数字阅读平台访问量较上年明显增长，读者评价总体良好。",
            "部分分馆开放时间与群众作息不够匹配，周末和晚间服务供给不足；个别流动服务点图书更新较慢，借阅量偏低，需要进一步调整。",
            "下一步将延长分馆周末开放时间，按季度轮换流动服务点图书，并把读者意见纳入年度考核，持续提升公共阅读服务水平。",
            "本表所列数字均为年度决算数。",
        ];
        const string Wrapped = "该项目用于社区图书室运行补助，全年预算数为三百万元整。全年组织读书活动二十场，项目绩效自评得分九十分，评级为优秀。";
        var html = ChromiumPdf.Page("<style>body{font-family:'Noto Sans CJK SC','WenQuanYi Micro Hei',sans-serif;font-size:12pt}"
            + "div{width:27.3em;line-height:1.5}p{margin:1em 0}</style>",
            "<div>" + string.Concat(others[..2].Select(text => "<p>" + text + "</p>")) + "<p>" + Wrapped + "</p>"
            + string.Concat(others[2..].Select(text => "<p>" + text + "</p>")) + "</div>");

        var lines = ChromiumPdf.Lines(printer == "chromium" ? ChromiumPdf.Print(html) : WkhtmltopdfPdf.Print(html));

        Assert.Contains(Wrapped, lines);
        Assert.Equal(others, lines.Where(line => line != Wrapped));
    }

    [Fact]
    public void Read_WkhtmltopdfPageNumberInTheText_NotPartOfTheLineAbove()
    {
        // A text copied from a PDF keeps its page's foot as a line of its own; wkhtmltopdf's text layer spells 页 as the radical ⻚.
        string[] lines =
        [
            "我局围绕建设文化强市、打造全域旅游目的地的总体要求，设定部门", "整体支出绩效目标如下：",
            "目标一：推进城乡公共文化服务均等化，全年送戏下乡不少于一百八", "十场，公共图书馆、文化馆、博物馆免费开放率百分之一百；",
            "目标二：加强文化遗产保护利用，完成三处省级文物保护单位修缮，", "第 2 页 共 5 页", "新增市级非遗代表性项目十项以上；",
        ];
        var html = ChromiumPdf.Page(Style, "<div class='lines'>" + string.Concat(lines.Select(line => "<p>" + line + "</p>")) + "</div>");

        var read = ChromiumPdf.Lines(WkhtmltopdfPdf.Print(html));

        Assert.Contains("目标二：加强文化遗产保护利用，完成三处省级文物保护单位修缮，", read);
        Assert.DoesNotContain(read, line => line.StartsWith("目标二", StringComparison.Ordinal) && line.Contains('页', StringComparison.Ordinal));
    }

    [Fact]
    public void Read_ChromiumTableCopiedAsLines_ARowNumberAfterAFullLineBeginsItsRow()
    {
        // A table copied from a PDF as lines (「序号 指标名称 …」): a full line and then the next row's number.
        string[] lines =
        [
            "序号 指标名称 预期实现值 实际完成值", "1 新增公办学位", "全年新增公办中小学幼儿园学位不少于四千五百个实际新增学位四千",
            "2 公办幼儿园在园幼儿占比", "公办幼儿园在园幼儿占比达到百分之五十以上实际达到百分之五十二", "3 普惠性幼儿园覆盖率", "覆盖率达到百分之八十五以上。",
        ];
        var html = ChromiumPdf.Page(Style, "<div class='lines'>" + string.Concat(lines.Select(line => "<p>" + line + "</p>")) + "</div>");

        var read = ChromiumPdf.Lines(ChromiumPdf.Print(html));

        Assert.Equal(lines, read);
    }

    [Theory]
    [InlineData("chromium")]
    [InlineData("wkhtmltopdf")]
    public void Read_BudgetRowPrintedAsAParagraph_ItsLastFigureWrappedByTheWidthGoesOnWithIt(string printer)
    {
        // A wide budget table pasted as paragraphs (one <p> a row): the first row is too long for the page and its last
        // figures wrap; the next row's break is the clerk's, with room to spare before the margin.
        const string Wrapped = "一、基本支出 1,204.60 1,318.25 1,296.74 1,023.18 1,102.36 1,098.52 181.42 215.89 198.22 88.40 96.15 95.87 12.50 14.20 13.96 1.00 0.85 0.92 2.40 2.35 2.31 6.08";
        string[] paragraphs =
        [
            "本中心年度预算按支出性质分为基本支出和项目支出，基本支出保障人员和机构运转，项目支出用于各项业务工作的开展和专项任务的完成，执行情况如下表。",
            Wrapped,
            "二、项目支出 536.10<br>612.48",
            "全年支出总体按进度执行，基本支出略有结余，项目支出因部分采购合同在年末签订而未能全部支付，结余资金已按规定收回财政统筹使用。",
            "下一步将加强预算执行的月度分析，对进度滞后的项目提前督办，确保资金及时发挥效益，并按规定公开部门整体支出绩效自评结果。",
        ];
        var html = ChromiumPdf.Page("<style>body{font-family:'Noto Sans CJK SC','WenQuanYi Micro Hei',sans-serif;font-size:12pt;line-height:1.5}"
            + "p{margin:1em 0}</style>", string.Concat(paragraphs.Select(text => "<p>" + text + "</p>")));

        var lines = ChromiumPdf.Lines(printer == "chromium" ? ChromiumPdf.Print(html) : WkhtmltopdfPdf.Print(html));

        Assert.Contains(Wrapped, lines);
        Assert.Contains("二、项目支出 536.10", lines);
        Assert.Contains("612.48", lines);
    }

    [Fact]
    public void Read_ChromiumLabelEndingAFullLine_GoesOnWithTheAmountOnTheNext()
    {
        // Paragraphs neither indented nor parted by space; the second's first line is full and ends with a label's colon.
        const string Labelled = "本局全年预算执行总体平稳，基本支出保障有力，本年度项目支出：285.25 万元，主要用于优抚对象走访慰问和烈士纪念设施维护。";
        string[] others =
        [
            "本局负责全县退役军人思想政治、管理保障和安置优抚等工作，内设综合股、安置就业股和优抚褒扬股三个股室。",
            "下一步将加强预算执行的月度分析，对进度滞后的项目提前督办，确保资金及时发挥效益。",
            "本表所列数字均为年度决算数。",
        ];
        var html = ChromiumPdf.Page("<style>body{font-family:'Noto Sans CJK SC','WenQuanYi Micro Hei',sans-serif;font-size:12pt}"
            + "div{width:30.3em}p{margin:0}</style>", "<div>" + string.Concat(new[] { others[0], Labelled }.Concat(others[1..]).Select(text => "<p>" + text + "</p>")) + "</div>");

        var lines = ChromiumPdf.Lines(ChromiumPdf.Print(html));

        Assert.Equal([others[0], Labelled, .. others[1..]], lines);
    }
}
