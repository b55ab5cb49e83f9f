using System.Text;

namespace Jixiao.Import.Text;

/// <summary>
/// Every script reads the same. Published reports arrive with CJK radical code points where ideographs belong
/// (Chromium's print-to-PDF writes ⼀ U+2F00 for 一 and ⻔ U+2ED4 for 门), in traditional characters (萬元, 預算),
/// and with pinyin that mirror sites insert after characters (監(jiān)測). <see cref="Fold"/> gives the text
/// as labels are matched: radicals become their ideographs, traditional characters simplified ones, inserted
/// pinyin goes. Each step is one character for one character, or drops characters, so the work is one pass
/// over the text with a lookup table and a look-ahead of a few characters (<see cref="AnnotationLength"/>).
/// The tables are data: Data/RadicalIdeographs.txt (Unicode) and Data/TraditionalToSimplified.txt (OpenCC).
/// </summary>
internal static partial class Script
{
    /// <summary>The text with radicals folded, traditional characters simplified and inserted pinyin removed.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = FirstToFold(text);
        if (first < 0)
        {
            return text;
        }

        var folded = new StringBuilder(text.Length);
        folded.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var skip = AnnotationLength(text, i);
            if (skip > 0)
            {
                i += skip - 1;
                continue;
            }

            folded.Append(Simplified(text[i]));
        }

        return folded.ToString();
    }

    /// <summary>A radical as the ideograph it stands for (⼀ → 一, ⻔ → 门); any other character as it is.</summary>
    public static char Ideograph(char c) => c is >= RadicalsStart and <= RadicalsEnd ? Tables.Radicals[c - RadicalsStart] : c;

    /// <summary>A radical or traditional character as the simplified ideograph (萬 → 万, ⾨ → 門 → 门); any other character as it is.</summary>
    public static char Simplified(char c) => Tables.Simplified[c];

    /// <summary>Where the first character <see cref="Fold"/> changes or drops is, or -1: most text has none, and is returned as it is.</summary>
    private static int FirstToFold(string text)
    {
        var simplified = Tables.Simplified;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (simplified[c] != c || (c is '(' or '（' && AnnotationLength(text, i) > 0))
            {
                return i;
            }
        }

        return -1;
    }
}
