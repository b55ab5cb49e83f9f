using Jixiao.Import.Documents.Pdf;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Jixiao.Import.Tests.Documents.Pdf;

/// <summary>A page turned in the viewer (its /Rotate) is read line by line as on an upright page.</summary>
public sealed class PdfRotationTests
{
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
}
