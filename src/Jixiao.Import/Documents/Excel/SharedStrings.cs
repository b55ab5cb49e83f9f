using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace Jixiao.Import.Documents.Excel;

/// <summary>The workbook's shared string table, read as a stream: a big workbook's table is too big for the DOM.</summary>
internal static class SharedStrings
{
    public static List<string> Read(SharedStringTablePart? part)
    {
        var strings = new List<string>();
        if (part is null)
        {
            return strings;
        }

        using var xml = PartXml.Open(part);
        xml.Read();
        while (!xml.EOF)
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "si")
            {
                strings.Add(RichText.Read(xml));
            }
            else
            {
                xml.Read();
            }
        }

        return strings;
    }
}
