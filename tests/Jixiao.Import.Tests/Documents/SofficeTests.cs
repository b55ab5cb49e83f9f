using Jixiao.Import.Tests.Documents.Fixtures;

namespace Jixiao.Import.Tests.Documents;

/// <summary>A document LibreOffice does not print fails the fixture by name, rather than leaving a test to read nothing.</summary>
public sealed class SofficeTests
{
    [Fact]
    public void Convert_DocumentNotThere_FailsNamingIt()
    {
        using var folder = new TempDir();

        var failure = Assert.Throws<InvalidOperationException>(() => Soffice.Convert([folder.File("absent.docx")], folder.Path, TimeSpan.FromMinutes(1)));

        Assert.Contains("absent.pdf", failure.Message, StringComparison.Ordinal);
    }
}
