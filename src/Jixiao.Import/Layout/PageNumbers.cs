using System.Text.RegularExpressions;

namespace Jixiao.Import.Layout;

/// <summary>
/// Page numbers a converter leaves in the text. "- 3 -", "第 3 页" and "3/12" are page furniture and go;
/// a lone number may be a table's row number, so it stays, but never continues a sentence.
/// </summary>
internal static partial class PageNumbers
{
    public static bool IsPageNumber(string line) => line.Length <= 16 && Pattern().IsMatch(line);

    public static bool IsFurniture(string line) => IsPageNumber(line) && !line.All(char.IsAsciiDigit);

    [GeneratedRegex(@"^(?:[-－—–]\s*\d{1,4}\s*[-－—–]|第\s*\d{1,4}\s*页(\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4}|\d{1,3})$")]
    private static partial Regex Pattern();
}
