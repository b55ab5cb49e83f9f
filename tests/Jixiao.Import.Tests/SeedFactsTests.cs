
namespace Jixiao.Import.Tests;

/// <summary>Every hand-checked fact of the real reports (../shared/seeds) is extracted as checked.</summary>
public sealed class SeedFactsTests
{
    public static TheoryData<string> Seeds() => FactsFiles.In(RepoPaths.Seeds);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Extract_Seed_EveryFactHolds(string factsFile)
    {
        var result = FactsFiles.Check(RepoPaths.Seeds, factsFile);

        Assert.True(result.AllPassed, $"{factsFile}:\n{result.Describe()}");
    }
}
