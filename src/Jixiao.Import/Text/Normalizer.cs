using System.Text;

namespace Jixiao.Import.Text;

/// <summary>
/// The first step of extraction: each physical line, normalized for reading numbers and names.
/// Full-width digits, letters, ％ and spaces become ASCII (Chinese punctuation stays as printed);
/// thousands separators go (10,283.32); a number broken by spaces is joined (2456. 19);
/// spaces between two Chinese characters, left where a converter joined broken lines, go;
/// markdown bold (**) goes; a gap of three spaces or more, like a tab, separates table cells.
/// Every script reads the same (<see cref="Script"/>): radicals are folded for good, traditional characters and inserted
/// pinyin only in <see cref="SourceString.Value"/>, while <see cref="SourceString.Printed"/> keeps them as printed.
/// Every kept character keeps its source offset.
/// </summary>
internal static partial class Normalizer
{
    /// <summary>The normalized lines; with <paramref name="keepSpaces"/>, spaces between Chinese words stay (tables printed as text need them).</summary>
    public static List<SourceString> Lines(SourceText source, bool keepSpaces = false)
    {
        var lines = new List<SourceString>(source.LineCount);
        var line = new LineChars();
        for (var index = 0; index < source.LineCount; index++)
        {
            var (start, end) = source.LineBounds(index);
            line.Clear();
            Fold(source.Text, start, end, line);
            OcrConfusions.Fix(line.Chars);
            // A string, not the builder: a builder's indexer walks its chunks, which costs on long lines.
            lines.Add(Squeeze(line.Chars.ToString(), line, keepSpaces));
        }

        return lines;
    }

    private static void Fold(string text, int start, int end, LineChars line)
    {
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c == '*' && i + 1 < end && text[i + 1] == '*')
            {
                i++;
                continue;
            }

            if (c is '(' or '（' && Script.AnnotationLength(text, i) is var annotation and > 0)
            {
                line.Annotate(text, i, annotation);
                i += annotation - 1;
                continue;
            }

            line.Add(Script.Ideograph(Fold(c)), i);
        }
    }

    /// <summary>Full-width ASCII forms that carry numbers and units; （）：，。 are kept as printed.</summary>
    private static char Fold(char c) => c switch
    {
        >= '０' and <= '９' => (char)(c - '０' + '0'),
        >= 'Ａ' and <= 'Ｚ' => (char)(c - 'Ａ' + 'A'),
        >= 'ａ' and <= 'ｚ' => (char)(c - 'ａ' + 'a'),
        '％' => '%',
        '．' => '.',
        '＋' => '+',
        '－' => '-',
        '＜' => '<',
        '＞' => '>',
        '＝' => '=',
        '\u3000' or '\u00A0' or '\u2002' or '\u2003' or '\u2009' => ' ',
        _ => c,
    };

    private static SourceString Squeeze(string chars, LineChars line, bool keepSpaces)
    {
        var origin = line.Origin;
        var value = new StringBuilder(chars.Length);
        var kept = new List<int>(chars.Length);
        var printed = line.IsScripted ? new PrintedChars(chars.Length) : null;
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if ((c == ',' && IsThousandsSeparator(chars, i)) || (c == '，' && IsFullWidthThousandsSeparator(chars, i)))
            {
                continue;
            }

            if (c == ' ' && value.Length > 0)
            {
                var next = NextNonSpace(chars, i);
                if ((value[^1] == '\t' || (next >= 0 && chars[next] == '\t')) && next - i >= 1)
                {
                    // Spaces beside a tab pad a cell; they are no column break of their own.
                    i = next - 1;
                    continue;
                }

                if (next >= 0 && next - i >= 3)
                {
                    // A wide gap is where a converter put a table's column break.
                    value.Append('\t');
                    kept.Add(origin[i]);
                    printed?.Add('\t');
                    i = next - 1;
                    continue;
                }

                var previous = value[^1];
                if (next >= 0 && ((!keepSpaces && IsCjk(previous) && IsCjk(chars[next])) || (previous == '.' && value.Length > 1 && char.IsAsciiDigit(value[^2]) && char.IsAsciiDigit(chars[next]) && (!IsListNumber(value) || UnitFollows(chars, next)))))
                {
                    i = next - 1;
                    continue;
                }
            }

            value.Append(c);
            kept.Add(origin[i]);
            printed?.Add(line, i, c);
        }

        // Spaces go at both ends; tabs stay, for they stand for a table's empty cells.
        var text = printed is null ? new SourceString(value.ToString(), [.. kept]) : new SourceString(value.ToString(), [.. kept], printed.Text, printed.Starts);
        return TrimSpaces(text);
    }

    /// <summary>「92. 6%」 at a line's start is a broken number after all: a unit follows its digits.</summary>
    private static bool UnitFollows(string chars, int i)
    {
        while (i < chars.Length && char.IsAsciiDigit(chars[i]))
        {
            i++;
        }

        return i < chars.Length && chars[i] is '%' or '万' or '元' or '亿' or '分';
    }

    private static SourceString TrimSpaces(SourceString line)
    {
        var start = 0;
        var end = line.Length;
        while (start < end && line[start] == ' ')
        {
            start++;
        }

        while (end > start && line[end - 1] == ' ')
        {
            end--;
        }

        var trimmed = line.Slice(start, end - start);
        return trimmed.Value.Trim().Length == 0 ? SourceString.Empty : trimmed;
    }

    /// <summary>「2. 65岁以上……」: a list number at the line's start, not a number broken by a space.</summary>
    private static bool IsListNumber(StringBuilder value)
    {
        var start = 0;
        while (start < value.Length && value[start] == ' ')
        {
            start++;
        }

        var digits = value.Length - 1 - start;
        return digits is 1 or 2 && Enumerable.Range(start, digits).All(i => char.IsAsciiDigit(value[i]));
    }

    /// <summary>1,234 or 10,283.32: a comma after a digit, followed by exactly three digits.</summary>
    private static bool IsThousandsSeparator(string chars, int i)
    {
        if (i == 0 || !char.IsAsciiDigit(chars[i - 1]))
        {
            return false;
        }

        for (var k = 1; k <= 3; k++)
        {
            if (i + k >= chars.Length || !char.IsAsciiDigit(chars[i + k]))
            {
                return false;
            }
        }

        return i + 4 >= chars.Length || !char.IsAsciiDigit(chars[i + 4]);
    }

    /// <summary>「１２，３５６．８０」: a full-width comma is a thousands separator only when the number goes on to its decimals.</summary>
    private static bool IsFullWidthThousandsSeparator(string chars, int i)
    {
        if (!IsThousandsSeparator(chars, i))
        {
            return false;
        }

        var after = i + 4;
        return after + 1 < chars.Length && chars[after] == '.' && char.IsAsciiDigit(chars[after + 1]);
    }

    private static int NextNonSpace(string chars, int i)
    {
        while (i < chars.Length && chars[i] == ' ')
        {
            i++;
        }

        return i < chars.Length ? i : -1;
    }

    /// <summary>A Chinese character or Chinese punctuation: where a space never belongs.</summary>
    private static bool IsCjk(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u3000' and <= '\u303F') or (>= '\uFF01' and <= '\uFF0F') or (>= '\uFF1A' and <= '\uFF20') or '“' or '”' or '‘' or '’' or '、' or '…';
}
