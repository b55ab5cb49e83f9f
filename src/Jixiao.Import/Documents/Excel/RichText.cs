using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

namespace Jixiao.Import.Documents.Excel;

/// <summary>The text of a shared string (si) or inline string (is): its plain text, or its rich-text runs joined; phonetic guides (rPh) are no printed text.</summary>
internal static partial class RichText
{
    /// <summary>Reads the element the reader is on, and leaves the reader on the node after it.</summary>
    public static string Read(XmlReader xml)
    {
        if (xml.IsEmptyElement)
        {
            xml.Read();
            return "";
        }

        var depth = xml.Depth;
        var text = new StringBuilder();
        xml.Read();
        while (!xml.EOF && xml.Depth > depth)
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "rPh")
            {
                xml.Skip();
            }
            else if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "t")
            {
                text.Append(xml.ReadElementContentAsString());
            }
            else
            {
                xml.Read();
            }
        }

        xml.Read();
        return Unescape(text.ToString());
    }

    /// <summary>Characters XML cannot hold are written _xHHHH_ (a carriage return as _x000D_); _x005F_ escapes an underscore.</summary>
    public static string Unescape(string text) => text.Contains("_x", StringComparison.Ordinal)
        ? Escaped().Replace(text, match => ((char)int.Parse(match.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString())
        : text;

    [GeneratedRegex("_x([0-9A-Fa-f]{4})_")]
    private static partial Regex Escaped();
}
