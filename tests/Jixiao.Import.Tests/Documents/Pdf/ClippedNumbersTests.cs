namespace Jixiao.Import.Tests.Documents.Pdf;

/// <summary>Numbers a browser clips at the edge of their box (a table wider than its scrolling box) read as no number.</summary>
public sealed class ClippedNumbersTests
{
    [Fact]
    public void Read_ChromiumNumberCutByItsBoxsEdge_NoDigitsOfIt_AWholeNumberBesideIt()
    {
        var html = ChromiumPdf.Page(
            "<style>body{font-size:12pt} div{white-space:nowrap} .box{width:130px;overflow-x:auto}</style>",
            "<div>总分 4567.89</div><div class='box'>得分<span style='padding-left:60px'>97.3215</span></div>");

        var lines = ChromiumPdf.Lines(ChromiumPdf.Print(html));

        Assert.Contains(lines, line => line.Contains("4567.89", StringComparison.Ordinal));
        var cut = Assert.Single(lines, line => line.StartsWith("得分", StringComparison.Ordinal));
        Assert.DoesNotContain(cut, char.IsAsciiDigit);
        Assert.Contains("…", cut, StringComparison.Ordinal);
    }
}
