using System.Globalization;

namespace Jixiao.Import.Documents.Pdf;

/// <summary>
/// Counts the letters a document prints and those that are no text (private-use or control characters, the
/// replacement character): a font without a map to Unicode gives such letters, and its text cannot be read.
/// </summary>
internal sealed class LetterCensus
{
    public int Readable { get; private set; }

    public int Unreadable { get; private set; }

    /// <summary>Counts a letter; false when it is no text.</summary>
    public bool Count(string value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(value, 0);
        if (value[0] == '\uFFFD' || category is UnicodeCategory.PrivateUse or UnicodeCategory.Control or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned)
        {
            Unreadable++;
            return false;
        }

        Readable++;
        return true;
    }
}
