using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace Jixiao.Import.Documents.Excel;

/// <summary>
/// A part's XML as a plain stream of nodes, matched by local name (transitional and strict OOXML alike). The big
/// parts (sheets, shared strings) are read so: OpenXmlReader costs about six times as much per element.
/// </summary>
internal static class PartXml
{
    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Prohibit, IgnoreComments = true, IgnoreProcessingInstructions = true };

    public static XmlReader Open(OpenXmlPart part) => XmlReader.Create(part.GetStream(FileMode.Open, FileAccess.Read), Settings);
}
