using System.IO.Compression;
using System.Text;

namespace Jixiao.Import.Documents;

/// <summary>
/// Tells what a file holds from its bytes, not its name: a .doc that is really a .docx, or a .pdf saved as .txt,
/// is read for what it is. The name only decides between the formats LibreOffice converts.
/// </summary>
internal static class FormatSniffer
{
    private static readonly byte[] Ole2 = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private static readonly string[] SpreadsheetExtensions = [".xls", ".et", ".ett", ".xlt", ".ods"];

    public static DocumentKind Sniff(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 1024)];
        if (head.IndexOf("%PDF-"u8) >= 0)
        {
            return DocumentKind.Pdf;
        }

        if (head.StartsWith("PK\x03\x04"u8))
        {
            return DocumentKind.Docx; // an Office package; which one is told by its parts (OfficePackage)
        }

        if (head.StartsWith(Ole2) || head.StartsWith("{\\rtf"u8))
        {
            return DocumentKind.Legacy;
        }

        return LooksLikeHtml(head) ? DocumentKind.Html : DocumentKind.Text;
    }

    /// <summary>
    /// An Office 2007+ file saved with a password is not a zip but an OLE2 file holding an "EncryptedPackage" stream;
    /// its name is stored in UTF-16 in the OLE2 directory.
    /// </summary>
    public static bool IsEncryptedOffice(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith(Ole2) && bytes.IndexOf(Encoding.Unicode.GetBytes("EncryptedPackage")) >= 0;

    /// <summary>Whether LibreOffice should convert a legacy file into a workbook (.xls, .et) rather than a Word document.</summary>
    public static bool IsSpreadsheet(ReadOnlySpan<byte> bytes, string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (SpreadsheetExtensions.Contains(extension))
        {
            return true;
        }

        // Without a telling name: an OpenDocument zip stores its mimetype first, uncompressed; an OLE2 workbook holds a
        // "Workbook" stream and no "WordDocument".
        if (bytes[..Math.Min(bytes.Length, 100)].IndexOf("opendocument.spreadsheet"u8) >= 0)
        {
            return true;
        }

        return bytes.StartsWith(Ole2) && bytes.IndexOf(Encoding.Unicode.GetBytes("WordDocument")) < 0
            && bytes.IndexOf(Encoding.Unicode.GetBytes("Workbook")) >= 0;
    }

    /// <summary>The kind of an Office zip package by its parts, after checking that it does not expand past the limit.</summary>
    public static DocumentKind OfficePackage(Stream package, long maxExpandedBytes)
    {
        using var zip = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        long expanded = 0;
        var kind = DocumentKind.Unknown;
        foreach (var entry in zip.Entries)
        {
            expanded += entry.Length;
            if (entry.FullName.Equals("word/document.xml", StringComparison.OrdinalIgnoreCase))
            {
                kind = DocumentKind.Docx;
            }
            else if (entry.FullName.Equals("xl/workbook.xml", StringComparison.OrdinalIgnoreCase))
            {
                kind = DocumentKind.Xlsx;
            }
            else if (entry.FullName == "content.xml" && kind == DocumentKind.Unknown)
            {
                kind = DocumentKind.Legacy; // OpenDocument (.odt, .ods): LibreOffice's own format, converted like the others
            }
        }

        if (expanded > maxExpandedBytes)
        {
            throw new DocumentProblem($"压缩包展开后达 {Sizes.Megabytes(expanded)}，超过上限 {Sizes.Megabytes(maxExpandedBytes)}（疑似压缩炸弹），未读取");
        }

        package.Position = 0;
        return kind;
    }

    private static bool LooksLikeHtml(ReadOnlySpan<byte> head)
    {
        var text = Encoding.ASCII.GetString(head).TrimStart('\uFEFF', ' ', '\r', '\n', '\t', '?').TrimStart();
        return text.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase) || text.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }
}
