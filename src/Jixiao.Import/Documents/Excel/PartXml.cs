using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace Jixiao.Import.Documents.Excel;

/// <summary>
/// A part's XML as a plain stream of nodes, matched by local name (transitional and strict OOXML alike). The big
/// parts (sheets, shared strings) are read so: OpenXmlReader costs about six times as much per element.
/// </summary>
internal static class PartXml
{
    /// <summary>The part within <see cref="XmlBounds"/>' size, with no DTD and nothing resolved outside the package.</summary>
    public static XmlReader Open(OpenXmlPart part) => XmlBounds.Open(part);
}
