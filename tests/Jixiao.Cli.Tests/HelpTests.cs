using System.Text.RegularExpressions;

namespace Jixiao.Cli.Tests;

/// <summary>`--help` of every command is Chinese throughout, System.CommandLine's own words included, and shows an example.</summary>
public sealed partial class HelpTests
{
    [Theory]
    [InlineData("")]
    [InlineData("score")]
    [InlineData("frameworks")]
    [InlineData("new")]
    [InlineData("check")]
    [InlineData("rules")]
    [InlineData("extract")]
    [InlineData("import")]
    [InlineData("render")]
    [InlineData("template")]
    [InlineData("db import")]
    [InlineData("db list")]
    [InlineData("db show")]
    [InlineData("db history")]
    [InlineData("db save")]
    [InlineData("db review")]
    [InlineData("db export")]
    [InlineData("db summary")]
    [InlineData("db analyse")]
    [InlineData("db departments")]
    [InlineData("db backup")]
    [InlineData("db restore")]
    public void Help_EveryCommand_ChineseWithAnExample(string command)
    {
        var (exit, output, error) = InProcess.Run([.. command.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--help"]);

        Assert.Equal((0, ""), (exit, error));
        Assert.Matches("(示例|例)：jixiao ", output);
        foreach (var english in (string[])["Usage", "Options", "Arguments", "Commands", "default", "REQUIRED", "Description"])
        {
            Assert.DoesNotContain(english, output, StringComparison.OrdinalIgnoreCase);
        }

        // Commands (the usage line, the examples) are the command's own words; the rest is Chinese.
        Assert.DoesNotMatch(EnglishSentence(), CommandLine().Replace(output, ""));
    }

    [Fact]
    public void Parse_UnknownOption_SaysSoInChinese()
    {
        var (exit, _, error) = InProcess.Run("import", "--no-such-option");

        Assert.Equal(2, exit);
        Assert.DoesNotMatch(EnglishSentence(), error);
    }

    [GeneratedRegex(@"(jixiao|testhost)[^\n]*")]
    private static partial Regex CommandLine();

    [GeneratedRegex(@"\b[A-Za-z]{2,}(?:[ ,;:'’]+[A-Za-z]{2,}){2,}\b")]
    private static partial Regex EnglishSentence();
}
