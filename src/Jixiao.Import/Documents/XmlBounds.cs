using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace Jixiao.Import.Documents;

/// <summary>
/// The limits of one XML part of a Word or Excel package, checked as a stream before the part is loaded: what it
/// inflates to, how many elements it holds and how deep they nest. A report's document.xml is a few megabytes and
/// a few hundred thousand elements nested a dozen deep; 300 MB of empty paragraphs or 30,000 tables inside each
/// other is a bomb, and loading it would take gigabytes or overflow the stack. No DTD is read and nothing outside
/// the package is resolved.
/// </summary>
internal static class XmlBounds
{
    public const long MaxPartBytes = 64L * 1024 * 1024;

    public const int MaxElements = 1_000_000;

    public const int MaxDepth = 128;

    public static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, IgnoreProcessingInstructions = true,
        MaxCharactersInDocument = MaxPartBytes, MaxCharactersFromEntities = 0,
    };

    /// <summary>The part's XML, read as a stream within <see cref="MaxPartBytes"/>.</summary>
    public static XmlReader Open(OpenXmlPart part) => XmlReader.Create(Bounded(part), Settings);

    public static Stream Bounded(OpenXmlPart part) =>
        new BoundedStream(part.GetStream(FileMode.Open, FileAccess.Read), MaxPartBytes, read => string.Create(CultureInfo.InvariantCulture,
            $"部件 {part.Uri} 展开后超过 {Sizes.Megabytes(MaxPartBytes)} 的上限（疑似压缩炸弹），未读取"));

    /// <summary>Checks a part that is about to be loaded whole: its size, its element count and its depth.</summary>
    public static void Check(OpenXmlPart? part)
    {
        if (part is null)
        {
            return;
        }

        using var xml = Open(part);
        var elements = 0;
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (++elements > MaxElements)
            {
                throw new DocumentProblem(string.Create(CultureInfo.InvariantCulture,
                    $"部件 {part.Uri} 的元素超过 {MaxElements} 个的上限（读到第 {Line(xml)} 行时，如大量空段落），疑似恶意构造的文件，未读取"));
            }

            if (xml.Depth > MaxDepth)
            {
                throw new DocumentProblem(string.Create(CultureInfo.InvariantCulture,
                    $"部件 {part.Uri} 嵌套超过 {MaxDepth} 层（第 {Line(xml)} 行，如表格套表格），疑似恶意构造的文件，未读取"));
            }
        }
    }

    private static int Line(XmlReader xml) => xml is IXmlLineInfo info ? info.LineNumber : 0;
}
