using System.Text;

namespace Jixiao.Import.Forms;

/// <summary>
/// The key a form's labels are matched by: the text with its script folded (radicals, traditional characters), blanks
/// removed, and full-width brackets and colons as ASCII. It reads the normalizer's text, whose inserted pinyin
/// (「監(jiān)測」) is already gone (<see cref="Text.Script"/>), and the forms' own labels.
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

            // The normalizer drops a gloss within a line; a narrow cell wraps 「項」 and 「(xiàng)」 onto lines of their own,
            // and its lines joined keep the gloss, which a key leaves out as well.
            if (c is '(' or '（' && Text.Script.AnnotationLength(printed, i) is var gloss and > 0)
            {
                i += gloss - 1;
                continue;
            }

            key.Append(Fold(c));
            map.Add(i);
        }

        return new FormText(key.ToString(), [.. map]);
    }

    private static char Fold(char c) => c switch
    {
        '（' => '(',
        '）' => ')',
        '：' => ':',
        '，' => ',',
        '／' => '/',
        '＊' or '×' => '*',
        _ => Text.Script.Simplified(c),
    };

    public static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf' or >= '\uf900' and <= '\ufaff';
}
