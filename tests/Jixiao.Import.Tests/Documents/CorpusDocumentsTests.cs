using Jixiao.Import.Tests.Documents.Fixtures;

namespace Jixiao.Import.Tests.Documents;

/// <summary>
/// The fictional corpus as Word, and as PDF printed from Word: as for its text (CorpusFactsTests), never a wrong
/// value, and, as a separate bar, every fact extracted.
/// </summary>
[Collection(ReportDocumentsDefinition.Name)]
public sealed class CorpusDocumentsTests(ReportDocuments documents)
{
    public static TheoryData<string> Documents() => FactsFiles.In(FactsFiles.Corpus);

    [Theory]
    [MemberData(nameof(Documents))]
    public void ImportDocx_CorpusDocument_NoWrongValue(string factsFile) =>
        AssertNoWrongValue(Check(factsFile, documents.Docx(factsFile), ".docx"));

    [Theory]
    [MemberData(nameof(Documents))]
    public void ImportDocx_CorpusDocument_EveryFactHolds(string factsFile) =>
        AssertEveryFactHolds(Check(factsFile, documents.Docx(factsFile), ".docx"));

    [Theory]
    [MemberData(nameof(Documents))]
    public void ImportPdf_CorpusDocument_NoWrongValue(string factsFile) =>
        AssertNoWrongValue(Check(factsFile, documents.Pdf(factsFile), ".pdf"));

    [Theory]
    [MemberData(nameof(Documents))]
    public void ImportPdf_CorpusDocument_EveryFactHolds(string factsFile) =>
        AssertEveryFactHolds(Check(factsFile, documents.Pdf(factsFile), ".pdf"));

    private static (string Name, FactsCheckResult Result) Check(string factsFile, byte[] document, string extension)
    {
        var name = factsFile.Replace(".facts.json", extension, StringComparison.Ordinal);
        return (name, ImportedFacts.Check(FactsFiles.Corpus, factsFile, document, name));
    }

    private static void AssertNoWrongValue((string Name, FactsCheckResult Result) check) =>
        Assert.True(check.Result.Wrong == 0, $"{check.Name}: {check.Result.Wrong} value(s) present but wrong\n{check.Result.Describe()}");

    private static void AssertEveryFactHolds((string Name, FactsCheckResult Result) check) =>
        Assert.True(check.Result.AllPassed, $"{check.Name}:\n{check.Result.Describe()}");
}
