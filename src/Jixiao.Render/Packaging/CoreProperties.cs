using System.Globalization;
using System.Security;
using System.Text;
using DocumentFormat.OpenXml.Packaging;

namespace Jixiao.Render.Packaging;

/// <summary>
/// docProps/core.xml written by hand under a fixed relationship id: the packaging layer's own properties part
/// gets a random name and id, which would make every file differ.
/// </summary>
internal static class CoreProperties
{
    public static void Add(OpenXmlPackage package, string title, DateTimeOffset time)
    {
        var part = package switch
        {
            SpreadsheetDocument spreadsheet => spreadsheet.AddNewPart<CoreFilePropertiesPart>("rIdCore"),
            WordprocessingDocument word => word.AddNewPart<CoreFilePropertiesPart>("rIdCore"),
            _ => throw new ArgumentException("an xlsx or docx package", nameof(package)),
        };
        var stamp = time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var xml = $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{SecurityElement.Escape(title)}</dc:title><dc:creator>Jixiao</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">{stamp}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified></cp:coreProperties>
            """;
        using var stream = part.GetStream(FileMode.Create);
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(xml);
        stream.Write(bytes);
    }
}
