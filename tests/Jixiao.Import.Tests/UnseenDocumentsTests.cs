using Xunit.Abstractions;

namespace Jixiao.Import.Tests;

/// <summary>
/// Documents whose readers were not their writers: the real published documents of ../shared/real and the fictional
/// reports of Corpus/Blind5, written from their facts by someone who had not read the extractor. No value may be
/// wrong; how many facts are held is printed (the figure to watch), not asserted as a floor to tune to.
/// </summary>
public sealed class UnseenDocumentsTests(ITestOutputHelper output)
{
    public static TheoryData<string> Real() => FactsFiles.In(RepoPaths.Real);

    public static TheoryData<string> Blind() => FactsFiles.In(FactsFiles.Blind);

    [Theory]
    [MemberData(nameof(Real))]
    public void Extract_RealDocument_NoWrongValue(string factsFile) => NoWrongValue(RepoPaths.Real, factsFile);

    [Theory]
    [MemberData(nameof(Blind))]
    public void Extract_BlindDocument_NoWrongValue(string factsFile) => NoWrongValue(FactsFiles.Blind, factsFile);

    [Fact]
    public void Extract_AllRealDocuments_PrintsFactsHeld() => PrintFigure("real", RepoPaths.Real);

    [Fact]
    public void Extract_AllBlindDocuments_PrintsFactsHeld() => PrintFigure("blind", FactsFiles.Blind);

    private void NoWrongValue(string folder, string factsFile)
    {
        var result = FactsFiles.Check(folder, factsFile);

        output.WriteLine($"{factsFile}: {result.Passed}/{result.Total} facts");
        Assert.True(result.Wrong == 0, $"{factsFile}: {result.Wrong} value(s) present but wrong\n{result.Describe()}");
    }

    private void PrintFigure(string name, string folder)
    {
        var results = FactsFiles.Names(folder).Select(name => FactsFiles.Check(folder, name)).ToList();

        var (held, total) = (results.Sum(result => result.Passed), results.Sum(result => result.Total));
        output.WriteLine($"{name}: {held}/{total} facts ({100 * held / total} %), {results.Sum(result => result.Wrong)} wrong");
        Assert.NotEmpty(results);
    }
}
