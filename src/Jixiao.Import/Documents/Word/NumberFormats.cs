using System.Globalization;
using System.Text;

namespace Jixiao.Import.Documents.Word;

/// <summary>
/// A list counter printed as Word prints it for a numFmt (ECMA-376 §17.18.59): 一 十一 （Chinese counting),
/// 一百零一 (counting thousand), ① ⑳, 甲 乙, A … Z AA, i ii. Formats we do not know fall back to decimal,
/// as Word does for a value past a format's range.
/// </summary>
internal static class NumberFormats
{
    private const string ChineseDigits = "〇一二三四五六七八九";
    private const string ZeroDigits = "零一二三四五六七八九";
    private const string LegalDigits = "零壹贰叁肆伍陆柒捌玖";

    public static string Format(int value, string? format) => format switch
    {
        "none" => "",
        _ when value <= 0 => Decimal(value),
        "decimalZero" => value < 10 ? "0" + Decimal(value) : Decimal(value),
        "decimalFullWidth" or "decimalFullWidth2" => Positional(value, "０１２３４５６７８９"),
        "decimalEnclosedCircle" or "decimalEnclosedCircleChinese" => Enclosed(value, '①', 20),
        "decimalEnclosedParen" => Enclosed(value, '⑴', 20),
        "decimalEnclosedFullstop" => Enclosed(value, '⒈', 20),
        "ideographEnclosedCircle" => Enclosed(value, '㈠', 10),
        "upperLetter" => Letters(value, 'A'),
        "lowerLetter" => Letters(value, 'a'),
        "upperRoman" => Roman(value),
        "lowerRoman" => Roman(value).ToLowerInvariant(),
        "chineseCounting" or "taiwaneseCounting" => value < 100 ? Grouped(value, ZeroDigits, "十百千") : Positional(value, ChineseDigits),
        "chineseCountingThousand" or "taiwaneseCountingThousand" or "japaneseCounting" => Grouped(value, ZeroDigits, "十百千"),
        "chineseLegalSimplified" => Grouped(value, LegalDigits, "拾佰仟"),
        "ideographDigital" => Positional(value, ChineseDigits),
        "ideographTraditional" => Cycle(value, "甲乙丙丁戊己庚辛壬癸"),
        "ideographZodiac" => Cycle(value, "子丑寅卯辰巳午未申酉戌亥"),
        _ => Decimal(value),
    };

    private static string Decimal(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Positional(int value, string digits)
    {
        var text = new StringBuilder();
        foreach (var digit in Decimal(value))
        {
            text.Append(digits[digit - '0']);
        }

        return text.ToString();
    }

    private static string Enclosed(int value, char first, int count) => value <= count ? ((char)(first + value - 1)).ToString() : Decimal(value);

    private static string Cycle(int value, string signs) => signs[(value - 1) % signs.Length].ToString();

    /// <summary>A … Z, then AA … ZZ: Word repeats the letter rather than counting in base 26.</summary>
    private static string Letters(int value, char a) => value <= 780 ? new string((char)(a + ((value - 1) % 26)), ((value - 1) / 26) + 1) : Decimal(value);

    private static string Roman(int value)
    {
        if (value >= 4000)
        {
            return Decimal(value);
        }

        ReadOnlySpan<(int Value, string Glyphs)> numerals =
            [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var text = new StringBuilder();
        foreach (var (numeral, glyphs) in numerals)
        {
            for (; value >= numeral; value -= numeral)
            {
                text.Append(glyphs);
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// 一 … 九十九, 一百零一, 三千零五: units and an inner 零, up to 9999. A leading 一十 is printed 十 (十一, not 一十一),
    /// as Chinese writes it and as the outline reader expects; the legal digits keep it (壹拾壹).
    /// </summary>
    private static string Grouped(int value, string digits, string units)
    {
        if (value >= 10000)
        {
            return Positional(value, ChineseDigits);
        }

        var text = new StringBuilder();
        var pendingZero = false;
        ReadOnlySpan<int> places = [1000, 100, 10, 1];
        for (var power = 3; power >= 0; power--)
        {
            var digit = value / places[3 - power] % 10;
            if (digit == 0)
            {
                pendingZero |= text.Length > 0;
                continue;
            }

            if (pendingZero)
            {
                text.Append(digits[0]);
                pendingZero = false;
            }

            if (!(digit == 1 && power == 1 && text.Length == 0 && digits == ZeroDigits))
            {
                text.Append(digits[digit]);
            }

            if (power > 0)
            {
                text.Append(units[power - 1]);
            }
        }

        return text.ToString();
    }
}
