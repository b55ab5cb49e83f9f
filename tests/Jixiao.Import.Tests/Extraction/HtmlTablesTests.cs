namespace Jixiao.Import.Tests.Extraction;

/// <summary>Word and Excel documents reach the segmenter as HTML tables, one line for &lt;table&gt; and one for &lt;/table&gt;.</summary>
public sealed class HtmlTablesTests
{
    /// <summary>A task table of one task, as the tests below print it before or between other tables.</summary>
    private const string TaskTable = """
        <table>
        <tr><td>主要任务</td><td>预期目标</td><td>目标完成情况</td><td>关键指标</td><td>指标完成情况</td><td>任务涉及资金</td></tr>
        <tr><td>法律援助</td><td>办结案件不少于600件</td><td>办结760件</td><td>案件办结数</td><td>760件</td><td>16.6</td></tr>
        </table>
        """;

    [Fact]
    public void Extract_ThreeHtmlTables_ReadsEach()
    {
        // Three tables print <table> and </table> three times: the lines of a table are not a page's running head.
        var text = $$"""
            <table>
            <tr><td>功能分类科目</td><td>年初预算数</td><td>全年预算数</td><td>全年执行数</td></tr>
            <tr><td>一般公共服务</td><td>5781.20</td><td></td><td>5438.96</td></tr>
            </table>

            {{TaskTable}}

            <table>
            <tr><td>指标名称</td><td>预期值</td><td>实际完成值</td></tr>
            <tr><td>群众满意度</td><td>≥90%</td><td>93.6%</td></tr>
            </table>
            """;

        var evaluation = ReportExtractor.Extract(text, new ExtractionOptions()).Evaluation!;

        Assert.Equal("一般公共服务", Assert.Single(evaluation.Budget!.ByFunction).Name);
        Assert.Equal(16.6m, Assert.Single(evaluation.Tasks).Funds);
        Assert.Equal("93.6%", Assert.Single(evaluation.KeyIndicators).Actual);
    }

    [Fact]
    public void Extract_TaskTableCutUnderItsLastTask_TasksLeftUnread()
    {
        // A table printed without rules parted under its first task: the rows below hold more tasks, so the one read
        // above is not the list.
        var text = $$"""
            {{TaskTable}}
            <table>
            <tr><td>人民调解</td><td>调解成功率不低于95%</td><td>成功率98.1%</td><td>调解成功率</td><td>98.1%</td><td>20.5</td></tr>
            </table>
            """;

        var evaluation = ReportExtractor.Extract(text, new ExtractionOptions()).Evaluation!;

        Assert.Empty(evaluation.Tasks);
    }

    [Fact]
    public void Extract_TaskTableCutUnderItsLastTaskWithPiecesOfTheBrokenRowBetween_TasksLeftUnread()
    {
        // A row the page broke: the first lines of its cells printed apart, under the table, before the table's rest.
        var text = $$"""
            {{TaskTable}}
            调解
            成功率	98.1%
            工作
            <table>
            <tr><td></td><td>不低于95%。</td><td>成功率98.1%。</td><td>调解成功率</td><td></td><td></td></tr>
            <tr><td>人民调解</td><td>调解成功率不低于95%</td><td>成功率98.1%</td><td>调解成功率</td><td>98.1%</td><td>20.5</td></tr>
            </table>
            """;

        var evaluation = ReportExtractor.Extract(text, new ExtractionOptions()).Evaluation!;

        Assert.Empty(evaluation.Tasks);
    }

    [Fact]
    public void Extract_TaskTableThenAParagraphThenATable_TasksRead()
    {
        // A sentence between two tables is the report's own text: the table after it is no rest of the task table.
        var text = $$"""
            {{TaskTable}}
            全年各项任务均按计划推进，下表列出本年度新增的其他工作事项及其完成情况。
            <table>
            <tr><td>人民调解</td><td>调解成功率不低于95%</td><td>成功率98.1%</td><td>调解成功率</td><td>98.1%</td><td>20.5</td></tr>
            </table>
            """;

        var evaluation = ReportExtractor.Extract(text, new ExtractionOptions()).Evaluation!;

        Assert.Equal("法律援助", Assert.Single(evaluation.Tasks).Name);
    }

    [Fact]
    public void Extract_TaskTableThenATableWithItsOwnHeader_TasksRead()
    {
        var text = $$"""
            {{TaskTable}}
            <table>
            <tr><td>指标名称</td><td>预期值</td><td>实际完成值</td></tr>
            <tr><td>群众满意度</td><td>≥90%</td><td>93.6%</td></tr>
            </table>
            """;

        var evaluation = ReportExtractor.Extract(text, new ExtractionOptions()).Evaluation!;

        Assert.Equal("法律援助", Assert.Single(evaluation.Tasks).Name);
    }

    [Fact]
    public void Extract_TaskRowWithIndicatorsOneALine_OneIndicatorALineWhenTheirValuesMatch()
    {
        // Indicator, target and actual each with as many lines are rows the reader merged; a name on two lines beside one
        // target and one actual is one indicator.
        var text = """
            <table>
            <tr><td>主要任务</td><td>预期目标</td><td>目标完成情况</td><td>关键指标</td><td>指标值</td><td>实际值</td><td>任务涉及资金</td></tr>
            <tr><td>法律援助</td><td>应援尽援</td><td>办结760件</td><td>案件办结数<br>受援人满意度</td><td>≥600件<br>≥95%</td><td>760件<br>97.2%</td><td>16.6</td></tr>
            <tr><td>人民调解</td><td>就地化解</td><td>调解成功率98%</td><td>矛盾纠纷调解<br>成功率</td><td>≥96%</td><td>98%</td><td>9.4</td></tr>
            </table>
            """;

        var tasks = ReportExtractor.Extract(text, new ExtractionOptions()).Evaluation!.Tasks;

        Assert.Equal(["案件办结数", "受援人满意度"], tasks[0].Indicators.Select(indicator => indicator.Name));
        Assert.Equal(["≥600件", "≥95%"], tasks[0].Indicators.Select(indicator => indicator.Target));
        Assert.Equal(["760件", "97.2%"], tasks[0].Indicators.Select(indicator => indicator.Actual));
        var single = Assert.Single(tasks[1].Indicators);
        Assert.Equal("矛盾纠纷调解成功率", single.Name);
        Assert.Equal("98%", single.Actual);
    }
}
