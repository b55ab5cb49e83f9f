using System.Text;
using Jixiao.Import.Text;

namespace Jixiao.Import.Tests.Text;

/// <summary>Normalizer: what each line becomes, and that every kept character still points at where it was printed.</summary>
public sealed class NormalizerTests
{
    public static TheoryData<string, string> Cases() => new()
    {
        // Full-width digits, letters, ％ and ．become ASCII.
        { "２０２３年度", "2023年度" },
        { "预算执行率９９．４９％", "预算执行率99.49%" },
        { "ＡＢＣ级，ａｂｃ", "ABC级，abc" },
        { "执行率 99.49％", "执行率 99.49%" },
        // A number broken by a space after its point is joined.
        { "全年执行数 2456. 19 万元", "全年执行数 2456.19 万元" },
        { "92. 6%", "92.6%" },
        // Thousands separators go; other commas stay.
        { "10,283.32", "10283.32" },
        { "1,234,567 元", "1234567 元" },
        { "1,2,3", "1,2,3" },
        { "12,34", "12,34" },
        { "1,2345", "1,2345" },
        { "第3,4项", "第3,4项" },
        // Spaces between Chinese characters go; spaces beside ASCII stay; the line is trimmed.
        { "部门 整体 支出 绩效", "部门整体支出绩效" },
        { "部门　整体", "部门整体" },
        { "在职人员 49 人", "在职人员 49 人" },
        { "　　缩进的段落  ", "缩进的段落" },
        // Markdown bold goes.
        { "**一是**加强预算管理", "一是加强预算管理" },
        { "得分**95.5**分", "得分95.5分" },
        // Chinese punctuation is kept as printed.
        { "（一）主要职能：负责管理，统筹协调。", "（一）主要职能：负责管理，统筹协调。" },
        { "“三公”经费、会议费", "“三公”经费、会议费" },
        { "", "" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Lines_OneLine_Normalized(string text, string expected)
    {
        var lines = Normalizer.Lines(new SourceText(text));

        Assert.Equal(expected, Assert.Single(lines).Value);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Lines_OneLine_EveryCharacterPointsAtItsSource(string text, string expected)
    {
        var line = Assert.Single(Normalizer.Lines(new SourceText(text)));

        Assert.Equal(expected.Length, line.Length);
        for (var i = 0; i < line.Length; i++)
        {
            var printed = text[line.OriginOf(i)];
            // As printed, or its full-width form folded (Chinese punctuation stays as printed).
            Assert.True(line[i] == printed || line[i].ToString() == printed.ToString().Normalize(NormalizationForm.FormKC), $"«{line[i]}» at {i} from «{printed}»");
            Assert.True(i == 0 || line.OriginOf(i) > line.OriginOf(i - 1), $"origin of {i} after origin of {i - 1}");
        }
    }

    [Fact]
    public void Lines_CrLfAndLf_OneEntryPerPhysicalLine()
    {
        var lines = Normalizer.Lines(new SourceText("第一行\r\n第 二 行\n\n第四行"));

        Assert.Equal(["第一行", "第二行", "", "第四行"], lines.Select(line => line.Value));
    }

    [Fact]
    public void OriginOf_LaterLine_IsOffsetInWholeSource()
    {
        var source = new SourceText("标题\r\n全年执行数 ２,４５６. １９ 万元\n");

        var line = Normalizer.Lines(source)[1];

        Assert.Equal("全年执行数 2456.19 万元", line.Value);
        var at = line.Value.IndexOf("2456.19", StringComparison.Ordinal);
        Assert.Equal(source.Text.IndexOf('２', StringComparison.Ordinal), line.OriginOf(at));
        Assert.Equal(source.Text.IndexOf('９', StringComparison.Ordinal), line.OriginOf(at + "2456.19".Length - 1));
        Assert.Equal((2, 7), source.Locate(line.OriginOf(at)));
    }

    [Fact]
    public void Locate_NumberInLine_GivesLineColumnAndPrintedSnippet()
    {
        var source = new SourceText("一、概况\n执行率 ９９．４９％。");
        var line = Normalizer.Lines(source)[1];
        var at = line.Value.IndexOf("99.49%", StringComparison.Ordinal);

        var where = line.Locate(source, at, "99.49%".Length);

        Assert.Equal((2, 5, 2, 10), (where.Line, where.Column, where.EndLine, where.EndColumn));
        Assert.Equal("９９．４９％", where.Snippet);
    }

    public static TheoryData<string, string, string> Scripts() => new()
    {
        // Traditional characters read simplified and stay printed; the number is normalized in both.
        { "預算數 1,234.5 萬元", "预算数 1234.5 万元", "預算數 1234.5 萬元" },
        // Inserted pinyin is read as nothing and printed after its character.
        { "監(jiān)測數(shù)據(jù)必須合格", "监测数据必须合格", "監(jiān)測數(shù)據(jù)必須合格" },
        // A space left between two characters goes once the pinyin between them is read as nothing.
        { "項(xiàng) 目", "项目", "項(xiàng)目" },
        // Radicals are never meaningful as printed: folded in both.
        { "部⻔整体⽀出", "部门整体支出", "部门整体支出" },
        // An OCR fix holds in both; the traditional character beside it stays printed.
        { "預箅執行率", "预算执行率", "預算執行率" },
        // A wide gap is a column break in both.
        { "項目名稱    監測", "项目名称\t监测", "項目名稱\t監測" },
    };

    [Theory]
    [MemberData(nameof(Scripts))]
    public void Lines_AnotherScript_ValueReadsSimplifiedPrintedKeepsIt(string text, string value, string printed)
    {
        var line = Assert.Single(Normalizer.Lines(new SourceText(text)));

        Assert.Equal((value, printed), (line.Value, line.Printed));
    }

    [Fact]
    public void Lines_Pinyin_EachCharacterPointsAtItsSource()
    {
        const string text = "財(cái)政撥款 12.5 萬(wàn)元";
        var line = Assert.Single(Normalizer.Lines(new SourceText(text)));

        Assert.Equal("财政拨款 12.5 万元", line.Value);
        Assert.Equal("財(cái)政撥款 12.5 萬(wàn)元", line.Printed);
        Assert.Equal(text.IndexOf('政', StringComparison.Ordinal), line.OriginOf(1));
        Assert.Equal(text.IndexOf('元', StringComparison.Ordinal), line.OriginOf(line.Length - 1));
        Assert.Equal("財(cái)政", line.Slice(0, 2).Printed);
    }

    [Fact]
    public void Lines_SimplifiedText_PrintedIsValue()
    {
        var line = Assert.Single(Normalizer.Lines(new SourceText("预算执行率(B/A) 99.5%")));

        Assert.Same(line.Value, line.Printed);
    }
}
