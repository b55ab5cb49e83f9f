namespace Jixiao.Cli;

/// <summary>The words of System.CommandLine's help that its Simplified Chinese resources leave in English, said in Chinese.</summary>
internal static class HelpWords
{
    private static readonly (string English, string Chinese)[] Words =
    [
        ("Description:", "说明："), ("Usage:", "用法："), ("Options:", "选项："), ("Arguments:", "参数："), ("Commands:", "命令："),
        ("(REQUIRED)", "（必填）"), ("[default: ", "[默认："), ("[options]", "[选项]"), ("[command]", "[命令]"),
    ];

    public static string Chinese(string help)
    {
        foreach (var (english, chinese) in Words)
        {
            help = help.Replace(english, chinese, StringComparison.Ordinal);
        }

        return help;
    }
}
