namespace Jixiao.Import.Tests.Documents.Pdf;

/// <summary>
/// The made-up documents of <see cref="PdfSampleDocuments"/> (flat ODT: running heads, page-number footers, repeated
/// header rows), printed by LibreOffice once per test run into a temporary folder. The seeds' PDFs are
/// <see cref="Fixtures.ReportDocuments"/>'.
/// </summary>
public sealed class PdfSamples : IDisposable
{
    private readonly TempDir _folder = new();

    public PdfSamples()
    {
        try
        {
            var odt = PdfSampleDocuments.All.Select(sample => _folder.Write(sample.Key + ".fodt", sample.Value.Build())).ToList();
            Fixtures.Soffice.Convert(odt, _folder.Path, TimeSpan.FromMinutes(3));
        }
        catch
        {
            Dispose(); // xunit does not dispose a fixture whose constructor failed
            throw;
        }
    }

    /// <summary>The PDF printed from a made-up document.</summary>
    public byte[] Pdf(string name) => File.ReadAllBytes(_folder.File(name + ".pdf"));

    public void Dispose() => _folder.Dispose();
}
