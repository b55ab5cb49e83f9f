using Jixiao.Import.Documents.Pdf;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Jixiao.Import.Tests.Documents.Pdf;

/// <summary>Pages drawn with PdfPig's builder: turned pages, tables ruled the way Word rules them.</summary>
public sealed class PdfDrawnPageTests
{
    /// <summary>A page turned in the viewer (its /Rotate) is read line by line as on an upright page.</summary>
    [Theory]
    [InlineData(0)]
    [InlineData(90)]
    [InlineData(180)]
    [InlineData(270)]
    public void Read_RotatedPage_LinesInOrder(int degrees)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        page.SetRotation(new PageRotationDegrees(degrees));
        page.AddText("Budget 2023: 100.00", 12, new PdfPoint(72, 720), font);
        page.AddText("Actual 2023: 99.00", 12, new PdfPoint(72, 700), font);

        var text = PdfReader.Read(builder.Build(), new ExtractionOptions(), CancellationToken.None).Text;

        Assert.Equal("Budget 2023: 100.00\nActual 2023: 99.00\n", text);
    }

    /// <summary>Word draws cell borders as thin filled rectangles; a merged cell is one without the rule between.</summary>
    [Fact]
    public void Read_TableRuledWithFilledRectangles_RebuiltWithMergedCell()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        double[] xs = [72, 200, 300, 400];
        double[] ys = [700, 680, 660, 640];
        foreach (var y in ys)
        {
            page.DrawRectangle(new PdfPoint(xs[0], y - 0.25), xs[^1] - xs[0], 0.5, 0, fill: true);
        }

        foreach (var (x, index) in xs.Select((x, index) => (x, index)))
        {
            // The rule between the first two columns stops above the last row: 「Total」 spans both.
            var bottom = index == 1 ? ys[2] : ys[^1];
            page.DrawRectangle(new PdfPoint(x - 0.25, bottom), 0.5, ys[0] - bottom, 0, fill: true);
        }

        string[][] cells = [["Item", "Budget", "Actual"], ["Basic", "6225.01", "6200.00"], ["Total", "", "9999.00"]];
        for (var r = 0; r < cells.Length; r++)
        {
            for (var c = 0; c < cells[r].Length; c++)
            {
                page.AddText(cells[r][c], 10, new PdfPoint(xs[c] + 4, ys[r] - 14), font);
            }
        }

        var text = PdfReader.Read(builder.Build(), new ExtractionOptions(), CancellationToken.None).Text;

        Assert.Equal(
            "<table>\n<tr><td>Item</td><td>Budget</td><td>Actual</td></tr>\n<tr><td>Basic</td><td>6225.01</td><td>6200.00</td></tr>\n"
            + "<tr><td colspan=\"2\">Total</td><td>9999.00</td></tr>\n</table>\n",
            text);
    }

    /// <summary>
    /// AbiWord (through cairo) draws a character its font lacks as a framed box of its code in small digits, 年 as 5E over
    /// 74: read as the character, in its line, and the boxes' frames are no table.
    /// </summary>
    [Fact]
    public void Read_HexBoxesForMissingGlyphs_ReadAsTheirCharacters()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        page.AddText("Year 2021", 12, new PdfPoint(72, 720), font);
        foreach (var (left, code) in new[] { (128.0, "5E74"), (137.5, "5EA6") })
        {
            page.DrawRectangle(new PdfPoint(left - 1, 714), 10, 16, 1, fill: false);
            for (var i = 0; i < 4; i++)
            {
                page.AddText(code[i].ToString(), 6, new PdfPoint(left + (5 * (i % 2)), i < 2 ? 723 : 716), font);
            }
        }

        page.AddText("Report", 12, new PdfPoint(147, 720), font);

        var text = PdfReader.Read(builder.Build(), new ExtractionOptions(), CancellationToken.None).Text;

        Assert.Equal("Year 2021年度Report\n", text);
    }
}
