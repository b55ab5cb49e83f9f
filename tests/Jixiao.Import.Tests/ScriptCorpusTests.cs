using Jixiao.Import.Text;

namespace Jixiao.Import.Tests;

/// <summary>
/// Every script reads the same: a report printed in traditional characters, with pinyin a mirror site inserted, or with
/// radical code points (Corpus/s6_*) extracts to exactly what its simplified original does — every amount, score, finding
/// and path — while its texts keep the script they were printed in (folded here, they are the original's).
/// </summary>
public sealed class ScriptCorpusTests
{
    public static TheoryData<string, string> Variants() => new()
    {
        { "s6_02_lanyu_gonglu_project_2022_traditional.txt", "s6_01_lanyu_gonglu_project_2022.txt" },
        { "s6_03_lanyu_gonglu_project_2022_pinyin.txt", "s6_01_lanyu_gonglu_project_2022.txt" },
        { "s6_05_lanyu_shichang_2023_traditional.txt", "s6_04_lanyu_shichang_2023.txt" },
        { "s6_06_lanyu_shichang_2023_pinyin.txt", "s6_04_lanyu_shichang_2023.txt" },
        { "s6_07_lanyu_shichang_2023_radicals.txt", "s6_04_lanyu_shichang_2023.txt" },
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public void Extract_AnotherScript_ReadsAsTheSimplifiedOriginal(string variant, string original)
    {
        var expected = Extract(original);

        var printed = Extract(variant);

        Assert.Equal(expected, Script.Fold(printed));
    }

    [Theory]
    [InlineData("s6_02_lanyu_gonglu_project_2022_traditional.txt")]
    [InlineData("s6_03_lanyu_gonglu_project_2022_pinyin.txt")]
    [InlineData("s6_05_lanyu_shichang_2023_traditional.txt")]
    [InlineData("s6_06_lanyu_shichang_2023_pinyin.txt")]
    public void Extract_AnotherScript_TextsKeepTheirScript(string variant)
    {
        var printed = Extract(variant);

        Assert.NotEqual(printed, Script.Fold(printed));
    }

    private static string Extract(string file)
    {
        var (exit, output, error) = InProcess.Run("extract", Path.Combine(FactsFiles.Corpus, file), "--json");
        Assert.True(exit == 0, $"jixiao extract {file} exited {exit}: {error}");
        return output;
    }
}
