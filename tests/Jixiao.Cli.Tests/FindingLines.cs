namespace Jixiao.Cli.Tests;

/// <summary>Reads the findings block that `check` and `score` print, as a reviewer scans it.</summary>
internal static class FindingLines
{
    private static readonly string[] s_headings = ["错误", "警告", "提示"];

    /// <summary>The severity heading (错误, 警告, 提示) above the first line of <paramref name="code"/>, or null when no line has it.</summary>
    public static string? SectionOf(string output, string code)
    {
        string? heading = null;
        foreach (var line in Lines(output))
        {
            if (s_headings.FirstOrDefault(name => line.StartsWith(name + "（", StringComparison.Ordinal)) is { } name)
            {
                heading = name;
            }
            else if (line.StartsWith($"  {code} ", StringComparison.Ordinal))
            {
                return heading;
            }
        }

        return null;
    }

    /// <summary>The finding lines printed under each heading, counted.</summary>
    public static int CountUnder(string output, string heading)
    {
        var count = 0;
        string? current = null;
        foreach (var line in Lines(output))
        {
            if (s_headings.FirstOrDefault(name => line.StartsWith(name + "（", StringComparison.Ordinal)) is { } name)
            {
                current = name;
            }
            else if (line.StartsWith("  JX-", StringComparison.Ordinal) && current == heading)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The 复核结果 line that the printed finding lines add up to.</summary>
    public static string SummaryOfLines(string output) =>
        "复核结果：" + string.Join("，", s_headings.Select(name => $"{name} {CountUnder(output, name)} 项"));

    public static string LastLine(string output) => Lines(output).Last(line => line.Length > 0);

    private static string[] Lines(string output) => output.ReplaceLineEndings("\n").Split('\n');
}
