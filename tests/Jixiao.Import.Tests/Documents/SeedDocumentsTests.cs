using Jixiao.Import.Tests.Documents.Fixtures;

namespace Jixiao.Import.Tests.Documents;

/// <summary>Every hand-checked fact of the real reports still holds when the report comes as Word, or as PDF printed from Word.</summary>
[Collection(ReportDocumentsDefinition.Name)]
public sealed class SeedDocumentsTests(ReportDocuments documents)
{
    public static TheoryData<string> Seeds() => FactsFiles.In(RepoPaths.Seeds);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ImportDocx_Seed_EveryFactHolds(string factsFile) =>
        AssertEveryFactHolds(factsFile, documents.Docx(factsFile), ".docx");

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ImportPdf_Seed_EveryFactHolds(string factsFile) =>
        AssertEveryFactHolds(factsFile, documents.Pdf(factsFile), ".pdf");

    private static void AssertEveryFactHolds(string factsFile, byte[] document, string extension)
    {
        var result = ImportedFacts.Check(RepoPaths.Seeds, factsFile, document, factsFile.Replace(".facts.json", extension, StringComparison.Ordinal));

        Assert.True(result.AllPassed, $"{factsFile} as {extension}:\n{result.Describe()}");
    }
}
