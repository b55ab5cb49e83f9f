using Jixiao.Import.Text;

namespace Jixiao.Import.Tests.Text;

/// <summary>SourceString keeps its printed text beside the folded one through slicing, joining and replacing.</summary>
public sealed class SourceStringTests
{
    private static SourceString Line(string text) => Assert.Single(Normalizer.Lines(new SourceText(text)));

    [Fact]
    public void Slice_PartOfAFoldedLine_PrintedPartWithItsPinyin()
    {
        var line = Line("單位名稱：黃(huáng)岡市水(shuǐ)務局");

        var name = line.Slice(5);

        Assert.Equal(("黄冈市水务局", "黃(huáng)岡市水(shuǐ)務局"), (name.Value, name.Printed));
        Assert.Equal(("冈市", "岡市"), (name.Slice(1, 2).Value, name.Slice(1, 2).Printed));
    }

    [Fact]
    public void Concat_FoldedAndPlainParts_PrintedJoinedWithTheSeparator()
    {
        var joined = SourceString.Concat([Line("績(jì)效"), Line("目标"), Line("監測")], " ");

        Assert.Equal(("绩效 目标 监测", "績(jì)效 目标 監測"), (joined.Value, joined.Printed));
        Assert.Equal(("效 目", "效 目"), (joined.Slice(1, 3).Value, joined.Slice(1, 3).Printed));
    }

    [Fact]
    public void Concat_PlainParts_PrintedIsValue()
    {
        var joined = SourceString.Concat([Line("绩效"), Line("目标")]);

        Assert.Same(joined.Value, joined.Printed);
    }

    [Theory]
    // A part of the text: the printed slice.
    [InlineData("监测数据", "監(jiān)測數(shù)據(jù)")]
    // Characters left out (a space, a label): each character as it was printed.
    [InlineData("指标监测", "指標監(jiān)測")]
    // Not taken from the text: as it is.
    [InlineData("产出指标", "产出指标")]
    public void PrintedOf_Reading_AsPrinted(string read, string printed)
    {
        var line = Line("指標1 監(jiān)測數(shù)據(jù)");

        Assert.Equal(printed, line.PrintedOf(read));
    }

    [Fact]
    public void Replace_SameLength_BothViews()
    {
        var cell = Line("項目&nbsp;名稱").Replace("&nbsp;", "      ");

        Assert.Equal(("项目      名称", "項目      名稱"), (cell.Value, cell.Printed));
    }
}
