using Jixiao.Domain.Model;
using Jixiao.Import.Documents.Word;
using static Jixiao.Import.Tests.Documents.Word.DocxTables;

namespace Jixiao.Import.Tests.Documents.Word;

/// <summary>
/// Word files written by other software than our fixture (Files/README.md says how each was made): what pandoc,
/// LibreOffice and AbiWord do to the same text — tables split in two at a page break, lines joined with a space, a list
/// run into one paragraph, a table without a grid — reads as our own .docx of that text reads.
/// </summary>
public sealed class ProducerDocxTests
{
    public static TheoryData<string> Producers() => ["pandoc", "lo", "abi"];

    [Theory]
    [MemberData(nameof(Producers))]
    public void Import_TaskTableSplitInTwo_ReadsItAsOneTable(string producer)
    {
        var tasks = Import("split-table", producer).Tasks;

        Assert.Equal(["任务1", "任务2", "任务3"], tasks.Select(task => task.Name));
        Assert.EndsWith("持续提供更全面更有力保障。", tasks[1].Target, StringComparison.Ordinal);
        Assert.Equal(["综治创新项目", "积分入户人数"], tasks[1].Indicators.Select(indicator => indicator.Name));
        Assert.Equal((488.36m, 24m), (tasks[1].Funds, tasks[2].Funds));
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void Import_GoalsRunIntoOneParagraphOfACell_ReadsEachGoal(string producer)
    {
        var goals = Import("split-table", producer).Goals;

        Assert.Equal(["维护社会大局稳定", "推进法治政府建设", "加强政法队伍建设"], goals);
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void Import_HeadingJoinedToTheSentenceBefore_StartsItsSection(string producer)
    {
        var evaluation = Import("joined-lines", producer);

        Assert.Equal(3, evaluation.Goals.Count);
        Assert.StartsWith("维护社会大局稳定", evaluation.Goals[0], StringComparison.Ordinal);
        Assert.Equal(["预算执行进度前慢后快。"], evaluation.Problems);
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void Import_TaskNameColumnBrokenOverTheJoinedHeader_ReadsTheNames(string producer)
    {
        var tasks = Import("joined-lines", producer).Tasks;

        Assert.Equal(["法治宣传教育", "矛盾纠纷化解"], tasks.Select(task => task.Name));
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void Import_KeyProjectNameOverItsFiguresInOneCell_ReadsTheNameAndFigures(string producer)
    {
        var project = Assert.Single(Import("key-project-cell", producer).KeyProjects);

        Assert.Equal(("社区矫正中心运行经费", 60.00m, 58.40m, 95m), (project.Name, project.Budget, project.Actual, project.Score));
    }

    [Fact]
    public void Import_KeyProjectCellInOneRun_LeavesTheNameUnread()
    {
        // Without a run between them nothing says where the name ends: 「……工程」 or 「……工程项目」.
        var docx = new Docx().Add(Table(2,
            Row(Cell("重点项目绩效情况"), Cell("农村公路提档升级工程项目预算 3,620.50 万元，执行 3,586.12 万元，执行率 99.05%。"))));

        var evaluation = DocumentImporter.Import(docx.Build(), "report.docx", new ExtractionOptions()).Evaluation!;

        Assert.Empty(evaluation.KeyProjects);
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void Import_TaskTableFlattenedToAParagraphPerCell_ReadsTheTasks(string producer)
    {
        var tasks = Import("flat-task-table", producer).Tasks;

        Assert.Equal(["社区矫正", "法治宣传"], tasks.Select(task => task.Name));
        Assert.Equal([52.80m, 18.25m], tasks.Select(task => task.Funds));
        Assert.Equal(["社区矫正对象再犯罪率", "教育帮扶活动", "信息化核查覆盖率"], tasks[0].Indicators.Select(indicator => indicator.Name));
        Assert.Equal(("≥120场", "138场"), (tasks[1].Indicators[0].Target, tasks[1].Indicators[0].Actual));
        Assert.Equal("村居覆盖率", tasks[1].Indicators[1].Name);
    }

    [Theory]
    [MemberData(nameof(Producers))]
    public void Import_TaskTableFlattenedToAParagraphPerCell_ReadsNoGoalsFromItsHeadAndNoProblemFromItsSignOff(string producer)
    {
        // The head cell 预期目标 printed on a line of its own between two other head cells is no title of a goals list,
        // and the form's 填表人 line under the table is no problem.
        var evaluation = Import("flat-task-table", producer);

        Assert.Empty(evaluation.Goals);
        Assert.Equal(["宣传形式较为单一。"], evaluation.Problems);
    }

    [Fact]
    public void Import_AbiWordRowspansWithAnEmptyFundsCell_LeavesTheTasksUnread()
    {
        // AbiWord shifts a rowspan table's cells off their columns; read in order, the empty funds cell leaves no text,
        // so where the second task's rows part is not known.
        Assert.Empty(Import("flat-task-gap", "abi").Tasks);
    }

    [Fact]
    public void Import_FlattenedTaskTableWithAnEmptyCellLeftOut_LeavesTheTasksUnread()
    {
        // One paragraph a cell, as pandoc writes a raw-HTML table; the second task's funds were empty and left no
        // paragraph, so where its rows part is not known.
        var docx = new Docx();
        string[] cells =
        [
            "金额单位：万元", "重点工作任务", "主要实施内容", "预期目标", "目标完成情况", "关键指标", "指标值", "实际值", "任务涉及资金",
            "社区矫正", "落实分类管理", "监管安全", "无脱管漏管", "再犯罪率", "≤0.2%", "0", "52.80",
            "教育帮扶活动", "≥40次", "46次",
            "法治宣传", "开展普法宣传", "群众法治意识提高", "覆盖全部村居", "普法宣传活动场次", "≥120场", "138场",
            "村居覆盖率", "100%", "100%",
            "存在问题", "宣传形式较为单一。",
        ];
        foreach (var cell in cells)
        {
            docx.Paragraph(cell);
        }

        var evaluation = DocumentImporter.Import(docx.Build(), "report.docx", new ExtractionOptions()).Evaluation!;

        Assert.Empty(evaluation.Tasks);
    }

    [Fact]
    public void Import_GoalsLabelWithoutItsRow_LeavesTheGoalsEmpty()
    {
        // Seed 001's 自评表 as a producer that dropped the empty goals row left it: the task header right below the label.
        var docx = new Docx().Add(Table(6,
            Row(Cell("部门名称"), Cell(""), Cell("青河县司法局"), Cell(""), Cell("被评价年度"), Cell("2025年")),
            Row(Cell("年度目标"), Cell("部门整体支出的预期目标"), Cell(""), Cell("部门整体支出的目标完成情况"), Cell(""), Cell("")),
            Row(Cell("主要任务"), Cell("预期目标"), Cell("目标完成情况"), Cell("关键指标"), Cell("指标完成情况"), Cell("任务涉及资金")),
            Row(Cell("任务1"), Cell("化解矛盾纠纷。"), Cell("化解率98.70%。"), Cell("矛盾纠纷化解率"), Cell("98.70%"), Cell("16.6"))));

        var evaluation = DocumentImporter.Import(docx.Build(), "report.docx", new ExtractionOptions()).Evaluation!;

        Assert.Empty(evaluation.Goals);
        Assert.Equal(["任务1"], evaluation.Tasks.Select(task => task.Name));
    }

    [Fact]
    public void Import_LineFeedInCellText_BreaksTheLine()
    {
        // AbiWord writes an HTML <br> as a line feed inside w:t: the key project's name is its own line.
        var docx = new Docx().Add(Table(2,
            Row(Cell("重点项目绩效情况"), Cell("农村公路提档升级工程\n项目预算 3,620.50 万元，执行 3,586.12 万元，执行率 99.05%，项目自评得分 93 分，等级为优。"))));

        var evaluation = DocumentImporter.Import(docx.Build(), "report.docx", new ExtractionOptions()).Evaluation!;

        var project = Assert.Single(evaluation.KeyProjects);
        Assert.Equal(("农村公路提档升级工程", 3620.50m, 93m), (project.Name, project.Budget, project.Score));
    }

    [Fact]
    public void Read_TablesWithTextBetween_StayTwoTables()
    {
        var docx = new Docx()
            .Add(Table(3, Row(Cell("主要任务"), Cell("预期目标"), Cell("任务涉及资金")), Row(Cell("任务1"), Cell("化解矛盾纠纷"), Cell("16.6"))))
            .Paragraph("表 2 重点项目")
            .Add(Table(3, Row(Cell(""), Cell("项目名称"), Cell("金额")), Row(Cell("1"), Cell("示范中心"), Cell("10"))));

        Assert.Equal(2, DocxReader.Read(new MemoryStream(docx.Build())).Tables.Count);
    }

    [Fact]
    public void Read_TableRightAfterAnotherWithTheSameColumns_IsItsRest()
    {
        var docx = new Docx()
            .Add(Table(3, Row(Cell("主要任务"), Cell("预期目标"), Cell("任务涉及资金")), Row(Cell("任务1"), Cell("化解矛盾纠纷"), Cell("16.6"))))
            .Paragraph("")
            .Add(Table(3, Row(Cell(""), Cell("维护稳定"), Cell("")), Row(Cell("任务2"), Cell("推进平安建设"), Cell("24"))));

        var table = Assert.Single(DocxReader.Read(new MemoryStream(docx.Build())).Tables);
        Assert.Equal(4, table.Rows.Count);
        Assert.Equal([2], table.Breaks);
    }

    [Theory]
    [InlineData("局稳定。 （三）部门整体支出绩效目标", new[] { "局稳定。 ", "（三）部门整体支出绩效目标" })]
    [InlineData("一、维护稳定 二、推进法治 三、加强队伍", new[] { "一、维护稳定 ", "二、推进法治 ", "三、加强队伍" })]
    [InlineData("“三公”经费控制情况 2 2 100% 三、存在的主要问题", new[] { "“三公”经费控制情况 2 2 100% ", "三、存在的主要问题" })]
    [InlineData("率和服务水平。 法学业务", new[] { "率和服务水平。 ", "法学业务" })]
    [InlineData("第一、二季度完成 一是加强 二是完善", new[] { "第一、二季度完成 一是加强 二是完善" })]
    [InlineData("一、 部门概况", new[] { "一、 部门概况" })]
    [InlineData("得分 92.5 分；扣分 1 分。", new[] { "得分 92.5 分；扣分 1 分。" })]
    [InlineData("完成。\t下一列", new[] { "完成。\t下一列" })]
    [InlineData("一、统筹推进平安建设二、深化矛盾纠纷化解三、加强队伍建设", new[] { "一、统筹推进平安建设", "二、深化矛盾纠纷化解", "三、加强队伍建设" })]
    [InlineData("1.提供法律援助；2.健全调解网络；3.建成服务平台。", new[] { "1.提供法律援助；", "2.健全调解网络；", "3.建成服务平台。" })]
    [InlineData("一、二、三级医院全覆盖", new[] { "一、二、三级医院全覆盖" })]
    [InlineData("1.收入增长2.5%，第2、3季度持平", new[] { "1.收入增长2.5%，第2、3季度持平" })]
    [InlineData("绩效目标如下： （1）抽查600户次。 （2）抽检5批次。", new[] { "绩效目标如下： ", "（1）抽查600户次。 ", "（2）抽检5批次。" })]
    [InlineData("其中： 一般公共预算 2394.83", new[] { "其中： 一般公共预算 2394.83" })]
    public void Split_LineAConverterJoined_BreaksItWhereTheSourceDid(string line, string[] parts)
    {
        Assert.Equal(parts, JoinedLines.Split(line));
    }

    private static Evaluation Import(string name, string producer) =>
        DocumentImporter.Import(File.ReadAllBytes(RepoPaths.File("tests", "Jixiao.Import.Tests", "Documents", "Word", "Files", $"{name}.{producer}.docx")), $"{name}.docx", new ExtractionOptions()).Evaluation!;
}
