using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using PlainText = DocumentFormat.OpenXml.Spreadsheet.Text;

namespace Jixiao.Import.Documents.Excel;

/// <summary>The text of a shared or inline string: its plain text, or its rich-text runs joined; phonetic guides (rPh) are no printed text.</summary>
internal static partial class RichText
{
    public static string Of(OpenXmlElement item)
    {
        var text = new StringBuilder();
        foreach (var child in item.ChildElements)
        {
            switch (child)
            {
                case PlainText plain:
                    text.Append(plain.Text);
                    break;
                case Run run:
                    text.Append(run.Text?.Text);
                    break;
            }
        }

        return Unescape(text.ToString());
    }

    /// <summary>Characters XML cannot hold are written _xHHHH_ (a carriage return as _x000D_); _x005F_ escapes an underscore.</summary>
    public static string Unescape(string text) => text.Contains("_x", StringComparison.Ordinal)
        ? Escaped().Replace(text, match => ((char)int.Parse(match.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString())
        : text;

    [GeneratedRegex("_x([0-9A-Fa-f]{4})_")]
    private static partial Regex Escaped();
}
