namespace Jixiao.Import.Tests.Documents.Fixtures;

/// <summary>The test classes that share one set of <see cref="ReportDocuments"/>.</summary>
[CollectionDefinition(Name)]
public sealed class ReportDocumentsDefinition : ICollectionFixture<ReportDocuments>
{
    public const string Name = "Report documents";
}
