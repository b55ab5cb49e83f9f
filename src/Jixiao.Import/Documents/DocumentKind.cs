namespace Jixiao.Import.Documents;

/// <summary>What a file holds, told by its first bytes (and, for an Office zip or an OLE2 file, its parts or its extension).</summary>
public enum DocumentKind
{
    Unknown,
    Text,
    Html,
    Docx,
    Xlsx,
    Pdf,

    /// <summary>An older or other office format (.doc, .xls, .wps, .et, .rtf, .odt, .ods) that LibreOffice converts first.</summary>
    Legacy,
}
