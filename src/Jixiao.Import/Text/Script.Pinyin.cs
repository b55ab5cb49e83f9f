namespace Jixiao.Import.Text;

internal static partial class Script
{
    /// <summary>The longest annotation read: a parenthesis, six letters (zhuang), a combining tone mark or a tone digit, a parenthesis.</summary>
    private const int LongestAnnotation = 10;

    private static readonly string[] Initials = ["zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s", "y", "w", ""];

    /// <summary>The finals, ü written v; m, n and ng are the syllables of interjections (呣 ḿ, 嗯 ń).</summary>
    private static readonly HashSet<string> Finals = new(
        [
            "a", "o", "e", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "ong", "er",
            "i", "ia", "ie", "iao", "iu", "ian", "in", "iang", "ing", "iong", "io",
            "u", "ua", "uo", "uai", "ui", "uan", "un", "uang", "ueng", "ue",
            "v", "ve", "van", "vn", "m", "n", "ng",
        ],
        StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FinalsBySpan = Finals.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The length of the pinyin a mirror site inserted at <paramref name="at"/> — 「(jiān)」 in 監(jiān)測, 「(xiang4)」 — or 0.
    /// An annotation follows a CJK character right away, is one lowercase syllable in parentheses (ASCII or full-width), and
    /// carries its tone, as a mark or a digit 1–5: 「(km)」, 「(t)」 or 「(A)」 after a label are units and names, never pinyin.
    /// </summary>
    public static int AnnotationLength(string text, int at)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (at < 1 || at >= text.Length || text[at] is not ('(' or '（') || !IsIdeograph(text[at - 1]))
        {
            return 0;
        }

        Span<char> letters = stackalloc char[6];
        var count = 0;
        var tones = 0;
        var digit = false;
        var end = Math.Min(text.Length, at + LongestAnnotation);
        for (var i = at + 1; i < end; i++)
        {
            var c = text[i];
            if (c is ')' or '）')
            {
                return count > 0 && tones + (digit ? 1 : 0) == 1 && IsSyllable(letters[..count]) ? i - at + 1 : 0;
            }

            if (digit)
            {
                return 0; // a tone digit ends the syllable
            }

            if (c is >= '1' and <= '5' && count > 0)
            {
                digit = true;
            }
            else if (c is '\u0300' or '\u0301' or '\u0304' or '\u030C' && count > 0)
            {
                tones++;
            }
            else if (c == '\u0308' && count > 0 && letters[count - 1] == 'u')
            {
                letters[count - 1] = 'v';
            }
            else if (Letter(c) is var (letter, marked) && letter != '\0' && count < letters.Length)
            {
                letters[count++] = letter;
                tones += marked ? 1 : 0;
            }
            else
            {
                return 0;
            }
        }

        return 0;
    }

    /// <summary>A CJK ideograph or radical: what a mirror site annotates.</summary>
    private static bool IsIdeograph(char c) =>
        c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF') or (>= RadicalsStart and <= RadicalsEnd) or '〇';

    /// <summary>A letter of pinyin as its base letter (ü as v), and whether it carries a tone mark; '\0' for any other character.</summary>
    private static (char Letter, bool Marked) Letter(char c) => c switch
    {
        >= 'a' and <= 'z' => (c, false),
        'ɑ' => ('a', false), // the single-storey a and g of pinyin fonts
        'ɡ' => ('g', false),
        'ü' => ('v', false),
        'ê' => ('e', false),
        'ā' or 'á' or 'ǎ' or 'à' => ('a', true),
        'ē' or 'é' or 'ě' or 'è' or 'ế' or 'ề' => ('e', true),
        'ī' or 'í' or 'ǐ' or 'ì' => ('i', true),
        'ō' or 'ó' or 'ǒ' or 'ò' => ('o', true),
        'ū' or 'ú' or 'ǔ' or 'ù' => ('u', true),
        'ǖ' or 'ǘ' or 'ǚ' or 'ǜ' => ('v', true),
        'ń' or 'ň' or 'ǹ' => ('n', true),
        'ḿ' => ('m', true),
        _ => ('\0', false),
    };

    /// <summary>An initial (or none) and a final: 「jian」, 「xv」, 「zhuang」, 「hng」; never 「kg」 or 「km」.</summary>
    private static bool IsSyllable(ReadOnlySpan<char> letters)
    {
        foreach (var initial in Initials)
        {
            if (!letters.StartsWith(initial, StringComparison.Ordinal))
            {
                continue;
            }

            var final = letters[initial.Length..];
            var interjection = final is "m" or "n" or "ng";
            if (FinalsBySpan.Contains(final) && (!interjection || initial is "" or "h"))
            {
                return true;
            }
        }

        return false;
    }
}
