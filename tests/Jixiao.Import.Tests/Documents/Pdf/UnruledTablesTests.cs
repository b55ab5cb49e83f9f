using System.Globalization;
using System.Text;

namespace Jixiao.Import.Tests.Documents.Pdf;

/// <summary>Tables printed without rules, as a browser prints HTML: columns from the gutters of the text, rows from the cells' padding.</summary>
public sealed class UnruledTablesTests
{
    private const string Style = "<style>body{font-family:'Noto Sans CJK SC','WenQuanYi Micro Hei',sans-serif;font-size:12pt}"
        + "table{border-collapse:collapse;table-layout:fixed;width:420pt}td,th{padding:3pt 6pt;vertical-align:middle;text-align:left}</style>";

    [Fact]
    public void Read_ChromiumTableWithNarrowColumns_CellsWrappedACharacterALineAreOneCell()
    {
        // The label column is two characters wide: 「部门调整预算收入」 is printed a column of four lines, centred in its row.
        var html = Page(
            "<table><colgroup><col style='width:60pt'><col style='width:30pt'><col style='width:70pt'><col style='width:260pt'></colgroup>"
            + "<tr><td>部门资金情况</td><td>部门调整预算收入</td><td>2395.15</td><td>按年初计划执行</td></tr>"
            + "<tr><td></td><td>实际支出数</td><td>2394.83</td><td>略低于调整预算</td></tr>"
            + "<tr><td></td><td>预算完成率</td><td>99.99%</td><td></td></tr></table>");

        var rows = Rows(ChromiumPdf.Read(ChromiumPdf.Print(html)));

        Assert.Equal(
            [
                "<tr><td>部门资金情况</td><td>部门调整预算收入</td><td>2395.15</td><td>按年初计划执行</td></tr>",
                "<tr><td></td><td>实际支出数</td><td>2394.83</td><td>略低于调整预算</td></tr>",
                "<tr><td></td><td>预算完成率</td><td>99.99%</td><td></td></tr>",
            ],
            rows);
    }

    [Fact]
    public void Read_WkhtmltopdfCentredCellsWhoseLinesFallBetweenAnothersLines_EachCellWhole()
    {
        // A project form as pandoc's HTML (its style's sizes) printed by wkhtmltopdf: the value columns are two characters
        // wide and every cell is centred in its row, so one cell's lines fall between another's, and a line of digits (set
        // in another font's height) shifts them off the half line. The pitch is taken between lines of one column.
        string[][] rows =
        [
            ["项目名称", "溪口县中型灌区续建配套与节水改造项目", "", "", "", "", "", ""],
            ["主管部门", "溪口县水务局", "", "", "实施单位", "溪口县灌区管理站", "", ""],
            ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["", "年度资金总额", "3420.00", "3420.00", "3385.64", "10", "98.99%", "9.90"],
            ["", "其中：当年财政拨款", "3000.00", "3000.00", "2965.64", "—", "—", "—"],
            ["", "上年结转资金", "420.00", "420.00", "420.00", "—", "—", "—"],
            ["", "其他资金", "0.00", "0.00", "0.00", "—", "—", "—"],
            ["年度总体目标", "预期目标", "", "", "实际完成情况", "", "", ""],
            ["", "对南干渠、北干渠及所属支渠实施防渗衬砌改造26.5公里以上，配套新建改造节制闸、分水闸等渠系建筑物140座，新增高效节水灌溉面积1.2万亩，灌溉水有效利用系数提高到0.58以上。", "", "",
             "完成渠道防渗改造27.1公里，新建改造渠系建筑物146座，新增高效节水灌溉面积1.26万亩，灌溉水有效利用系数达到0.59，北干渠末端2座分水闸因冬季停工顺延至次年春灌前完成。", "", "", ""],
        ];
        const string style = "<style>html{line-height:1.5;font-family:Georgia,serif;font-size:20px}body{margin:0 auto;max-width:36em;padding:50px}"
            + "@media (max-width:600px){body{font-size:0.9em;padding:1em}}@media print{body{font-size:12pt}}"
            + "table{border-collapse:collapse;width:100%;overflow-x:auto;display:block}td{padding:0.125em 0.5em 0.25em 0.5em}</style>";
        var html = ChromiumPdf.Page(style, "<table style='width:100%'><colgroup>"
            + string.Concat(((int[])[29, 7, 7, 11, 11, 11, 11, 11]).Select(width => string.Create(CultureInfo.InvariantCulture, $"<col style='width:{width}%'>")))
            + "</colgroup>" + string.Concat(rows.Select(row => "<tr>" + string.Concat(row.Select(cell => "<td>" + cell + "</td>")) + "</tr>")) + "</table>");

        var read = Rows(ChromiumPdf.Read(WkhtmltopdfPdf.Print(html)));

        // Every row once, its cells whole (the goals' long cells are left to the paragraph tests: how their lines join).
        var expected = rows.Select(row => "<tr>" + string.Concat(row.Select(cell => "<td>" + cell + "</td>")) + "</tr>").ToList();
        Assert.Equal(expected.Count, read.Count);
        Assert.Equal(expected[..^1], read[..^1]);
    }

    [Fact]
    public void Read_ChromiumTableOverPages_OneTableItsRepeatedHeaderOnce()
    {
        var body = new StringBuilder();
        for (var i = 1; i <= 60; i++)
        {
            body.Append(CultureInfo.InvariantCulture, $"<tr><td>任务{i}</td><td>开展第{i}项工作并按期完成全部内容</td><td>{i}.5</td></tr>");
        }

        var html = Page("<table><colgroup><col style='width:60pt'><col style='width:90pt'><col style='width:270pt'></colgroup>"
            + "<thead><tr><th>主要任务</th><th>预期目标</th><th>任务涉及资金</th></tr></thead><tbody>" + body + "</tbody></table><p>表后的一段文字。</p>");
        var pdf = ChromiumPdf.Print(html);

        var text = ChromiumPdf.Read(pdf);

        Assert.True(Poppler.PageCount(pdf) >= 2);
        Assert.Equal(1, text.Split("<table>").Length - 1);
        var rows = Rows(text);
        Assert.Equal("<tr><td>主要任务</td><td>预期目标</td><td>任务涉及资金</td></tr>", rows[0]);
        Assert.Equal(
            Enumerable.Range(1, 60).Select(i => string.Create(CultureInfo.InvariantCulture, $"<tr><td>任务{i}</td><td>开展第{i}项工作并按期完成全部内容</td><td>{i}.5</td></tr>")),
            rows.Skip(1));
    }

    [Fact]
    public void Read_ChromiumParagraphsAndShortLines_NoTable()
    {
        var html = Page("<h3>一、部门基本情况</h3><p>本部门主要职责是统筹全区政法工作。</p><p>单位：万元</p><p>填报人：张三</p><p>联系电话：12345678</p>");

        var text = ChromiumPdf.Read(ChromiumPdf.Print(html));

        Assert.DoesNotContain("<table>", text, StringComparison.Ordinal);
        Assert.Contains("填报人：张三", text, StringComparison.Ordinal);
    }

    /// <summary>The laid-out text with radicals folded as the pipeline folds them (Chromium's text layer names 门 by the radical ⻔).</summary>

    [Fact]
    public void Read_ChromiumRowBrokenByThePageAboveARowWithACentredLabel_RowsGoOnInTheColumnsOfThePageBefore()
    {
        // The table starts low on the page: the second row's text goes on at the top of the next page, and the third row's
        // label, centred in its row, stands alone between the lines of the text beside it: the page shows no columns of its own.
        const string problems = "年初预算编制时对职业技能培训补贴的申领规模预计偏高，年中调减预算较多；部分就业补贴资金集中在年底拨付，全年支出不够均衡。";
        const string measures = "一是结合往年补贴申领数据科学测算预算需求，减少年中预算调整；二是按季度制定资金支付计划，加快各类补贴审核拨付；"
            + "三是加强业务科室绩效培训，提升绩效目标编制质量和水平。";
        var html = Page("<div style='height:560pt'>五、存在的问题和改进措施</div><table><colgroup><col style='width:140pt'><col style='width:60pt'><col style='width:220pt'></colgroup>"
            + "<tr><td>项目</td><td>内容</td><td></td></tr><tr><td>存在问题</td><td>" + problems + "</td><td></td></tr>"
            + "<tr><td>改进措施或下一步计划</td><td>" + measures + "</td><td></td></tr></table><p>注：重点项目指预算金额在五百万元以上的项目。</p>");

        var rows = Rows(ChromiumPdf.Read(ChromiumPdf.Print(html)));

        Assert.Equal(
            [
                "<tr><td>项目</td><td>内容</td></tr>",
                "<tr><td>存在问题</td><td>" + problems + "</td></tr>",
                "<tr><td>改进措施或下一步计划</td><td>" + measures + "</td></tr>",
            ],
            rows);
    }

    [Fact]
    public void Read_ChromiumHeadRepeatedOnTheNextPage_ReadOnceAndTheBrokenRowWhole()
    {
        // The head cell wraps in a narrow column over the empty row under it, so the first page prints it as lines above
        // the table; Chromium repeats it on the next page, between the two parts of the row the page broke.
        string[][] rows =
        [
            ["部门名称", "琼澜县旅游和文化广电体育局"], ["年度", "2023年"], ["年度总体目标", "预期目标", "", "实际完成情况"],
            ["", "目标1：全县公共文化场馆全年免费开放不少于300天，送文化下乡不少于120场。", "", "公共文化场馆免费开放312天；送文化下乡102场，部分场次因台风天气取消。"],
            ["", "目标2：接待游客人次同比增长10%以上，旅游市场投诉按期办结率达到95%。", "", "接待游客人次同比增长11.2%，投诉按期办结率96.8%。"],
        ];
        var html = Page("<div style='height:480pt'></div><table><colgroup>" + string.Concat(Enumerable.Repeat("<col style='width:60pt'>", 7)) + "</colgroup>"
            + "<thead><tr><th>部门整体支出绩效自评表</th>" + string.Concat(Enumerable.Repeat("<th></th>", 6)) + "</tr></thead><tbody>"
            + string.Concat(rows.Prepend([]).Select(row => "<tr>" + string.Concat(row.Concat(Enumerable.Repeat("", 7 - row.Length)).Select(cell => "<td>" + cell + "</td>")) + "</tr>"))
            + "</tbody></table>");

        var read = Rows(ChromiumPdf.Read(ChromiumPdf.Print(html)));

        Assert.Equal(
            [
                "<tr><td>部门名称</td><td>琼澜县旅游和文化广电体育局</td><td></td></tr>",
                "<tr><td>年度</td><td>2023年</td><td></td></tr>",
                "<tr><td>年度总体目标</td><td>预期目标</td><td>实际完成情况</td></tr>",
                "<tr><td></td><td>" + rows[3][1] + "</td><td>" + rows[3][3] + "</td></tr>",
                "<tr><td></td><td>" + rows[4][1] + "</td><td>" + rows[4][3] + "</td></tr>",
            ],
            read);
    }

    [Fact]
    public void Read_ChromiumCellsMergedOverColumns_ARowsCellsApartWhereAnotherRowsTextCrossesTheirGutter()
    {
        // A project form's head: the department's name spans two columns, the unit's two; the goals' texts span the
        // gutters of the figures' columns. Text crosses a gutter in its own row only: the cells of the other rows stay
        // apart, the label 实施单位 not glued to the name before it.
        var html = Page(
            "<table><colgroup><col style='width:60pt'><col style='width:70pt'><col style='width:70pt'><col style='width:70pt'><col style='width:70pt'><col style='width:80pt'></colgroup>"
            + "<tr><td>项目名称</td><td colspan='5'>溪口县灌区续建配套项目</td></tr>"
            + "<tr><td>主管部门</td><td colspan='2'>溪口县水务局</td><td>实施单位</td><td colspan='2'>溪口县灌区管理站</td></tr>"
            + "<tr><td>项目资金</td><td>年初预算数</td><td>全年预算数</td><td>全年执行数</td><td>分值</td><td>得分</td></tr>"
            + "<tr><td>年度资金总额</td><td>3420.00</td><td>3420.00</td><td>3385.64</td><td>10</td><td>9.90</td></tr>"
            + "<tr><td>年度目标</td><td colspan='2'>实施防渗衬砌改造，新增高效节水灌溉面积。</td><td colspan='3'>完成渠道防渗改造，新增高效节水灌溉面积。</td></tr>"
            + "<tr><td>其他资金</td><td>0.00</td><td>0.00</td><td>0.00</td><td>—</td><td>—</td></tr></table>");

        var rows = Rows(ChromiumPdf.Read(ChromiumPdf.Print(html)));

        Assert.Equal(
            [
                "<tr><td>主管部门</td><td colspan=\"2\">溪口县水务局</td><td>实施单位</td><td colspan=\"2\">溪口县灌区管理站</td></tr>",
                "<tr><td>年度资金总额</td><td>3420.00</td><td>3420.00</td><td>3385.64</td><td>10</td><td>9.90</td></tr>",
                "<tr><td>年度目标</td><td colspan=\"2\">实施防渗衬砌改造，新增高效节水灌溉面积。</td><td colspan=\"3\">完成渠道防渗改造，新增高效节水灌溉面积。</td></tr>",
            ],
            [rows[1], rows[3], rows[4]]);
    }

    [Fact]
    public void Read_TwoTablesOfOtherColumnWidthsOneUnderTheOther_TwoTablesEachInItsOwnColumns()
    {
        // As LibreOffice prints pandoc's table split in two: columns a character wide, the second table's a few points right
        // of the first's and its blank header row a gap between them. Each column meets one of the other table's, but they
        // start apart: read as one table, the narrow columns' letters would fall into one another's cells.
        var text = new StringBuilder();
        void Put(double x, double y, string letters) => text.Append(CultureInfo.InvariantCulture, $"BT /F1 12 Tf {x} {y} Td ({letters}) Tj ET\n");
        (double X, string Letters)[][] first = [[(72, "T1"), (159, "a"), (181, "p"), (235, "one")], [(159, "b"), (181, "q")], [(159, "c"), (181, "r")]];
        (double X, string Letters)[][] second = [[(178, "g"), (210, "u"), (232, "three")], [(178, "h"), (210, "w")], [(178, "i")]];
        var y = 700.0;
        foreach (var (rows, gap) in ((IEnumerable<(double X, string Letters)[][]>)[first, first, second, second]).Zip((double[])[18, 42, 18, 18]))
        {
            foreach (var line in rows)
            {
                foreach (var (x, letters) in line)
                {
                    Put(x, y, letters);
                }

                y -= 14;
            }

            y += 14 - gap;
        }

        var read = ChromiumPdf.Read(HandMadePdf.Page("/WinAnsiEncoding", text.ToString()));

        Assert.Equal(2, read.Split("<table>").Length - 1);
        Assert.Equal(
            [
                "<tr><td>T1</td><td>a b c</td><td>p q r</td><td>one</td></tr>",
                "<tr><td>T1</td><td>a b c</td><td>p q r</td><td>one</td></tr>",
                "<tr><td>g h i</td><td>u w</td><td>three</td></tr>",
                "<tr><td>g h i</td><td>u w</td><td>three</td></tr>",
            ],
            Rows(read));
    }

    [Fact]
    public void Read_BlankLineInAColumnACharacterWide_OneRow()
    {
        // A line break right after a full line in a column a character wide prints a blank line: two lines apart, the
        // letters are still one cell, not a row of their own.
        var text = new StringBuilder();
        void Put(double x, double y, string letters) => text.Append(CultureInfo.InvariantCulture, $"BT /F1 12 Tf {x} {y} Td ({letters}) Tj ET\n");
        (double Y, double X, string Letters)[] letters =
        [
            (700, 72, "T1"), (700, 159, "a"), (700, 235, "one"), (686, 159, "b"), (672, 159, "c"), (644, 159, "d"), (630, 159, "e"),
            (612, 72, "T2"), (612, 159, "f"), (612, 235, "two"), (598, 159, "g"), (584, 159, "h"),
            (566, 72, "T3"), (566, 159, "i"), (566, 235, "three"), (552, 159, "j"),
        ];
        foreach (var (y, x, word) in letters)
        {
            Put(x, y, word);
        }

        var rows = Rows(ChromiumPdf.Read(HandMadePdf.Page("/WinAnsiEncoding", text.ToString())));

        Assert.Equal(3, rows.Count);
        Assert.StartsWith("<tr><td>T1</td><td>a", rows[0], StringComparison.Ordinal);
        Assert.EndsWith("e</td><td>one</td></tr>", rows[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FirstRowOfATableAtAPagesFootUnderAnotherTable_GoesOnWithTheTableOnTheNextPage()
    {
        // As LibreOffice prints pandoc's table split in two: the second table starts at the foot of the page, other
        // columns than the first's, and its first row ends the page. The rows on the next page go on with it, in its table.
        var first = Put(
        [
            (700, 72, "T1"), (700, 159, "a"), (700, 181, "p"), (700, 235, "one"), (686, 159, "b"), (686, 181, "q"), (672, 159, "c"),
            (654, 72, "T2"), (654, 159, "d"), (654, 181, "r"), (654, 235, "two"), (640, 159, "e"), (626, 159, "f"),
            (94, 178, "g"), (94, 210, "u"), (94, 232, "three"), (80, 178, "h"), (80, 210, "w"), (66, 178, "i"),
        ]);
        var second = Put(
        [
            (700, 178, "j"), (700, 210, "x"), (686, 178, "k"),
            (668, 178, "l"), (668, 210, "y"), (668, 232, "four"), (654, 178, "m"), (640, 178, "n"),
        ]);

        var read = ChromiumPdf.Read(HandMadePdf.Pages("/WinAnsiEncoding", first, second));

        Assert.Equal(2, read.Split("<table>").Length - 1);
        // Whether the row at the foot was broken is not known: its part on the next page stays a row of its own.
        Assert.Equal(
            ["<tr><td>g h i</td><td>u w</td><td>three</td></tr>", "<tr><td>j k</td><td>x</td><td></td></tr>", "<tr><td>l m n</td><td>y</td><td>four</td></tr>"],
            Rows(read)[2..]);
    }

    [Fact]
    public void Read_TableGoesOnOverAPageAboveANoteSetCloseUnderIt_TheCellWholeTheNoteNoRow()
    {
        // A table of two columns, the second a few characters wide, whose last cell goes on at the top of the next page;
        // a numbered note is set close under it there, its numbers left of the text: they are no column of the table.
        var first = Put(
        [
            (700, 72, "Label one"), (700, 400, "aaaa"), (686, 400, "bbbb"), (672, 400, "cc"),
            (654, 72, "Label two"), (654, 400, "dddd"), (640, 400, "eeee"), (626, 400, "hhhh"),
            (608, 72, "Label three"), (608, 400, "gggg"), (594, 400, "hhhh"), (580, 400, "nnnn"),
        ]);
        var second = Put(
        [
            (700, 400, "oooo"), (686, 400, "pppp"), (672, 400, "qq."),
            (656, 84, "1."), (656, 108, "Note one about the table above it."), (642, 84, "2."), (642, 108, "Note two about the table above it,"), (628, 108, "wrapped."),
        ]);

        var read = ChromiumPdf.Read(HandMadePdf.Pages("/WinAnsiEncoding", first, second));

        Assert.Equal("<tr><td>Label three</td><td>gggg hhhh nnnn oooo pppp qq.</td></tr>", Rows(read)[^1]);
        Assert.Contains("\n1. Note one about the table above it.", read, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TableOfOneLineRowsEndingAPageUnderText_RowsStayRowsNotOneBrokenRow()
    {
        // As a browser prints a table of scores: rows of one line each, a figure in the last column on every line, start
        // under a paragraph at the foot of the page; the next page prints the head again. The foot is no row the page broke.
        var first = Put(
        [
            (700, 72, "A paragraph of the report that runs on over the width of the page."), (686, 72, "Its second line."),
            (130, 72, "Level"), (130, 150, "Item"), (130, 300, "Weight"), (130, 360, "Score"),
            (116, 72, "Input"), (116, 150, "Alpha"), (116, 300, "5"), (116, 360, "4"),
            (102, 150, "Beta"), (102, 300, "10"), (102, 360, "9"),
            (88, 72, "Output"), (88, 150, "Gamma"), (88, 300, "6"), (88, 360, "6"),
        ]);
        var second = Put(
        [
            (700, 72, "Level"), (700, 150, "Item"), (700, 300, "Weight"), (700, 360, "Score"),
            (686, 150, "Delta"), (686, 300, "4"), (686, 360, "3"),
            (672, 72, "Effect"), (672, 150, "Epsilon"), (672, 300, "8"), (672, 360, "7"),
        ]);

        var read = ChromiumPdf.Read(HandMadePdf.Pages("/WinAnsiEncoding", first, second));

        Assert.DoesNotContain("Alpha Beta", read, StringComparison.Ordinal);
        Assert.DoesNotContain("4 9", read, StringComparison.Ordinal);
    }

    /// <summary>A page's content: each word at its place, in a 12-point font.</summary>
    private static string Put((double Y, double X, string Letters)[] words) =>
        string.Concat(words.Select(word => string.Create(CultureInfo.InvariantCulture, $"BT /F1 12 Tf {word.X} {word.Y} Td ({word.Letters}) Tj ET\n")));

    private static string Page(string body) => ChromiumPdf.Page(Style, body);

    private static List<string> Rows(string text) =>
        text.Split('\n').Where(line => line.StartsWith("<tr>", StringComparison.Ordinal)).ToList();
}
