namespace Jixiao.Import.Tests.Documents.Fixtures;

/// <summary>
/// The test classes that share one set of <see cref="ReportDocuments"/> (the seeds and the corpus as Word and PDF), of
/// <see cref="ProducedDocuments"/> (the same as other software writes them) and the PDF reader's own <see cref="Pdf.PdfSamples"/>.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ReportDocumentsDefinition : ICollectionFixture<ReportDocuments>, ICollectionFixture<ProducedDocuments>, ICollectionFixture<Pdf.PdfSamples>
{
    public const string Name = "Report documents";
}
