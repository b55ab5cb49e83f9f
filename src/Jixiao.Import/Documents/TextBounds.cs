using System.Globalization;

namespace Jixiao.Import.Documents;

/// <summary>
/// How much text one document may hold, checked before the pipeline allocates for it: a report of a few hundred pages
/// is a few hundred thousand characters, and the pipeline needs tens of bytes a character, so past these
/// limits a file is a bomb (30 MB of table rows, a 30 MB line) and is refused with where it went past them.
/// </summary>
internal static class TextBounds
{
    /// <summary>The most characters a reader may lay out, whatever the options (a sheet of a million cells): a backstop before the pipeline's own limit.</summary>
    public const int MaxCharacters = 20_000_000;

    /// <summary>The most lines for a number of characters: a report's lines average far more than 25 characters.</summary>
    public static int MaxLines(int maxCharacters) => maxCharacters / 25;

    /// <summary>The longest line: a whole HTML table may come on one line, a paragraph never this long.</summary>
    public const int MaxLineLength = 1_000_000;

    /// <summary>The problem with a text, or null when it is within the limits.</summary>
    public static string? Check(string text, int maxCharacters)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > maxCharacters)
        {
            return TooMuch(text.Length, maxCharacters);
        }

        var (lines, start, maxLines) = (1, 0, MaxLines(maxCharacters));
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            var length = (end < 0 ? text.Length : end) - start;
            if (length > MaxLineLength)
            {
                return string.Create(CultureInfo.InvariantCulture,
                    $"第 {lines} 行长达 {length} 个字符，超过单行 {MaxLineLength} 个字符的上限（疑似恶意构造的文件），未读取");
            }

            if (end < 0)
            {
                break;
            }

            if (++lines > maxLines)
            {
                return string.Create(CultureInfo.InvariantCulture, $"文本超过 {maxLines} 行的上限（疑似恶意构造的文件），读到第 {lines} 行时停止，未读取");
            }

            start = end + 1;
        }

        return null;
    }

    public static string TooMuch(long characters, int limit, string? where = null) => string.Create(CultureInfo.InvariantCulture,
        $"文档的文字{where}超过 {limit} 个字符的上限（已有 {characters} 个，疑似恶意构造的文件），未读取");

    /// <summary>A place as a reader would look for it: a sheet cell, or a page and line, or a paragraph.</summary>
    public static string Where(Place place) => place switch
    {
        { Grid: true, Cell: { } cell } => cell,
        { Page: { } page } => string.Create(CultureInfo.InvariantCulture, $"第 {page} 页第 {place.Line} 行"),
        _ => string.Create(CultureInfo.InvariantCulture, $"第 {place.Line} 段"),
    };
}
