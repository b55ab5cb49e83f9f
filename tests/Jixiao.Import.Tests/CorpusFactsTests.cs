namespace Jixiao.Import.Tests;

/// <summary>
/// The fictional corpus (Corpus/*.facts.json): never a wrong value (a number present but different is
/// worse than one left out), and, as a separate bar, every fact extracted.
/// </summary>
public sealed class CorpusFactsTests
{
    public static TheoryData<string> Documents() => FactsFiles.In(FactsFiles.Corpus);

    [Theory]
    [MemberData(nameof(Documents))]
    public void Extract_CorpusDocument_NoWrongValue(string factsFile)
    {
        var result = FactsFiles.Check(FactsFiles.Corpus, factsFile);

        Assert.True(result.Wrong == 0, $"{factsFile}: {result.Wrong} value(s) present but wrong\n{result.Describe()}");
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Extract_CorpusDocument_EveryFactHolds(string factsFile)
    {
        var result = FactsFiles.Check(FactsFiles.Corpus, factsFile);

        Assert.True(result.AllPassed, $"{factsFile}:\n{result.Describe()}");
    }
}
