using System.Text;

namespace Jixiao.Import.Forms;

/// <summary>
/// The key a form's labels are matched by: the text with its script folded (radicals, traditional characters), pinyin a
/// mirror site inserted after characters (「監(jiān)測」) and blanks removed, and full-width brackets and colons as ASCII.
/// <see cref="Map"/> gives, for each character of the key, the index of the printed character it came from.
/// </summary>
internal readonly record struct FormText(string Key, int[] Map)
{
    public static string KeyOf(string printed) => Of(printed).Key;

    public static FormText Of(string printed)
    {
        var key = new StringBuilder(printed.Length);
        var map = new List<int>(printed.Length);
        for (var i = 0; i < printed.Length; i++)
        {
            var c = printed[i];
            if (char.IsWhiteSpace(c) || c == '\u3000')
            {
                continue;
            }

            if (c is '(' or '（' && i > 0 && IsHan(printed[i - 1]) && PinyinEnd(printed, i + 1) is var end and > 0)
            {
                i = end;
                continue;
            }

            foreach (var folded in Fold(c))
            {
                key.Append(folded);
                map.Add(i);
            }
        }

        return new FormText(key.ToString(), [.. map]);
    }

    private static string Fold(char c) => c switch
    {
        '（' => "(",
        '）' => ")",
        '：' => ":",
        '，' => ",",
        '／' => "/",
        '＊' or '×' => "*",
        _ => Text.Script.Fold(c.ToString()),
    };

    /// <summary>The index of the ')' closing a pinyin syllable that starts at <paramref name="start"/>, or -1.</summary>
    private static int PinyinEnd(string text, int start)
    {
        var i = start;
        while (i < text.Length && i - start <= 7 && IsPinyin(text[i]))
        {
            i++;
        }

        return i > start && i < text.Length && text[i] is ')' or '）' ? i : -1;
    }

    private static bool IsPinyin(char c) =>
        c is >= 'a' and <= 'z' || "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿ".Contains(c, StringComparison.Ordinal);

    public static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf' or >= '\uf900' and <= '\ufaff';
}
