namespace Jixiao.Import.Tests.Forms;

/// <summary>
/// A project's form as a browser prints it into a box narrower than the table (pandoc's 「overflow-x: auto」), given as
/// the text a PDF reader lays out of it, a tab between cells: head cells wrapped over three lines with the one-line
/// cells between their lines, the last column clipped to 「…」, the form's head row printed again at a page's top,
/// and a name whose last line falls below its row's values.
/// </summary>
public sealed class BrowserPrintedFormTests
{
    private const string Head = "项目支出绩效自评表\n（2023年度）\n单位：元\n"
        + "| 项目名称 | 青禾县乡村诊所设备配置项目 | | | | | |\n"
        + "| 主管部门 | 青禾县卫生健康局 | | | 实施单位 | 青禾县乡村医疗服务中心 | |\n\n";

    private const string Indicators = "一级指\t\t\t年度\t实际\t分\t\n二级指标\t三级指标\t\t\t\t得\n标\t\t\t指标值\t完成值\t值\t\n\n"
        + "| 项目名称 | 青禾县乡村诊所设备配置项目 | | | | | |\n"
        + "| 产出指标 | 数量指标 | 配置诊所设备 | ≥40台 | 42台 | 30 | … |\n\n"
        + "培训乡村医生\n≥200人次\t210人次\t20\t…\n业务骨干\n\n"
        + "| | 质量指标 | 设备验收合格率 | 100% | 100% | 20 | … |\n"
        + "| 项目名 | 青禾县乡村诊所设备 | | | | | |\n\n"
        + "称\n配置项目\n\n"
        + "| 满意度指标 | 服务对象满意度 | 村民满意度 | ≥90% | 93% | 30 | … |\n"
        + "| 总分 | | | | | 100 | … |\n"
        + "| 自评等级 | 优秀 | | | | | |\n";

    [Fact]
    public void Extract_WrappedHeadClippedScoresRepeatedHeadRow_EveryLeafWithItsValuesAndNoScore()
    {
        var evaluation = ReportExtractor.Extract(Head + Indicators, new ExtractionOptions()).Evaluation!;

        var leaves = evaluation.Indicators.Where(leaf => leaf.Path.Count == 3).ToList();
        Assert.Equal(["配置诊所设备", "培训乡村医生业务骨干", "设备验收合格率", "村民满意度"], leaves.Select(leaf => leaf.Name));
        Assert.Equal(["≥40台", "≥200人次", "100%", "≥90%"], leaves.Select(leaf => leaf.Target));
        Assert.Equal(["42台", "210人次", "100%", "93%"], leaves.Select(leaf => leaf.Actual));
        Assert.Equal([30m, 20m, 20m, 30m], leaves.Select(leaf => leaf.Weight));
        Assert.All(leaves, leaf => Assert.Null(leaf.Score));
        Assert.Equal(["产出指标", "质量指标"], leaves[2].Path.Take(2));
        Assert.Null(evaluation.Score?.Total); // 「总分 | 100 | …」: 100 is the full marks; the score was clipped
    }

    [Fact]
    public void Extract_HeadCellsWrappedAroundOneLineCells_ColumnsInTheFormsOrder()
    {
        // The wrapped 实际完成值 prints its first line before 年度指标值, which fitted on the middle line.
        var text = Head + "一级\t\t\t\t实际完\t\n二级指标\t三级指标\t年度指标值\t\t分值\t得分\n指标\t\t\t\t成值\t\n\n"
            + "| 产出指标 | 数量指标 | 配置诊所设备 | ≥40台 | 42台 | 30 | 28 |\n"
            + "| 总分 | | | | | 100 | 93.5 |\n";

        var evaluation = ReportExtractor.Extract(text, new ExtractionOptions()).Evaluation!;

        var leaf = Assert.Single(evaluation.Indicators, leaf => leaf.Name == "配置诊所设备");
        Assert.Equal(("≥40台", "42台", 30m, 28m), (leaf.Target, leaf.Actual, leaf.Weight, leaf.Score));
        Assert.Equal(93.5m, evaluation.Score?.Total);
    }

    [Fact]
    public void Extract_LabelsWithPinyinWrappedOntoLinesOfTheirOwn_FormRead()
    {
        // A mirror site's pinyin after each character, and a narrow cell that put a character and its gloss on two lines.
        var text = "青禾縣(xiàn)2023年度項(xiàng)目支出績(jì)效自評(píng)表\n<table>\n"
            + "<tr><td>項<br>(xiàng)<br>目名稱<br>(chēng)</td><td>鄉(xiāng)村診所設備配置項(xiàng)目</td><td></td><td></td><td></td><td></td></tr>\n</table>\n<table>\n"
            + "<tr><td>一級<br>(jí)指<br>標<br>(biāo)</td><td>二級<br>(jí)指<br>標<br>(biāo)</td><td>三級<br>(jí)指<br>標<br>(biāo)</td>"
            + "<td>年度指標<br>(biāo)<br>值</td><td>實(shí)際(jì)<br>完成值</td><td>分值</td><td>得分</td></tr>\n"
            + "<tr><td>產(chǎn)出指標(biāo)</td><td>數(shù)量指標(biāo)</td><td>配置診所設備</td><td>≥40臺(tái)</td><td>42臺(tái)</td><td>30</td><td>28</td></tr>\n"
            + "<tr><td>總(zǒng)分</td><td></td><td></td><td></td><td></td><td>100</td><td>93.5</td></tr>\n</table>\n";

        var evaluation = ReportExtractor.Extract(text, new ExtractionOptions()).Evaluation!;

        Assert.Equal("鄉(xiāng)村診所設備配置項(xiàng)目", evaluation.Project?.Name);
        var leaf = Assert.Single(evaluation.Indicators, leaf => leaf.Name == "配置診所設備");
        Assert.Equal((30m, 28m), (leaf.Weight, leaf.Score));
        Assert.Equal(93.5m, evaluation.Score?.Total);
    }
}
