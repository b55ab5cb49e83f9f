using System.Text;

namespace Jixiao.Tests;

/// <summary>
/// Text printed in other scripts, as real pages reach a bureau: traditional characters (the inverse of the OpenCC table
/// Jixiao folds with), pinyin a mirror site inserted after characters (「預(yù)算」), and Kangxi radicals in place of
/// ideographs, as Chromium's print-to-PDF writes them.
/// </summary>
internal static class Scripts
{
    public static IReadOnlyList<string> Names { get; } = ["traditional", "traditional-pinyin", "radicals"];

    private static readonly Dictionary<char, char> s_traditional = LoadTraditional();

    private static readonly Dictionary<char, string> s_pinyin = new()
    {
        ['項'] = "xiàng", ['預'] = "yù", ['監'] = "jiān", ['執'] = "zhí", ['單'] = "dān", ['務'] = "wù", ['總'] = "zǒng", ['績'] = "jì", ['養'] = "yǎng",
    };

    private static readonly Dictionary<char, char> s_radicals = new()
    {
        ['一'] = '\u2F00', ['人'] = '\u2F08', ['工'] = '\u2F2F', ['目'] = '\u2F6C', ['门'] = '\u2ED4', ['长'] = '\u2ED3', ['金'] = '\u2FA6',
    };

    /// <summary>The text as a page in <paramref name="script"/> prints it.</summary>
    public static string Print(string script, string text) => script switch
    {
        "traditional" => Map(text, c => s_traditional.TryGetValue(c, out var t) ? t.ToString() : c.ToString()),
        "traditional-pinyin" => Map(Print("traditional", text), c => s_pinyin.TryGetValue(c, out var p) ? $"{c}({p})" : c.ToString()),
        "radicals" => Map(text, c => s_radicals.TryGetValue(c, out var r) ? r.ToString() : c.ToString()),
        _ => throw new ArgumentOutOfRangeException(nameof(script), script, null),
    };

    /// <summary>A name as Jixiao keeps it: in its printed script, except radicals, which stand for nothing but their ideograph.</summary>
    public static string Kept(string script, string name) => script == "radicals" ? name : Print(script, name);

    private static string Map(string text, Func<char, string> map)
    {
        var result = new StringBuilder(text.Length * 2);
        foreach (var c in text)
        {
            result.Append(map(c));
        }

        return result.ToString();
    }

    private static Dictionary<char, char> LoadTraditional()
    {
        var inverse = new Dictionary<char, char>();
        foreach (var line in File.ReadLines(RepoPaths.File("src", "Jixiao.Import", "Text", "Data", "TraditionalToSimplified.txt")))
        {
            if (line.Length == 3 && line[1] == '\t' && !line.StartsWith('#'))
            {
                inverse.TryAdd(line[2], line[0]);
            }
        }

        return inverse;
    }
}
