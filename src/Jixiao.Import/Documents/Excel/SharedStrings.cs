using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Jixiao.Import.Documents.Excel;

/// <summary>The workbook's shared string table, read item by item (SAX): a big workbook's table is too big for the DOM.</summary>
internal static class SharedStrings
{
    public static List<string> Read(SharedStringTablePart? part)
    {
        var strings = new List<string>();
        if (part is null)
        {
            return strings;
        }

        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.IsStartElement && reader.ElementType == typeof(SharedStringItem))
            {
                strings.Add(RichText.Of(reader.LoadCurrentElement()!));
            }
        }

        return strings;
    }
}
