using System.Globalization;
using System.Text;

namespace Jixiao.Import.Tests.Documents.Pdf;

/// <summary>
/// A PDF written byte by byte (one page or a few), for what no tool here makes: a font whose letters map to no text (codes named
/// as private-use characters, as a font without a ToUnicode map yields). One Type1 font (Helvetica, not embedded).
/// </summary>
internal static class HandMadePdf
{
    public static byte[] Page(string fontEncoding, string content) => Pages(fontEncoding, content);

    /// <summary>A PDF of one page a content stream, in order.</summary>
    public static byte[] Pages(string fontEncoding, params string[] contents)
    {
        var kids = string.Join(' ', contents.Select((_, i) => string.Create(CultureInfo.InvariantCulture, $"{4 + (2 * i)} 0 R")));
        List<string> objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            string.Create(CultureInfo.InvariantCulture, $"<< /Type /Pages /Kids [{kids}] /Count {contents.Length} >>"),
            $"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding {fontEncoding} >>",
        ];
        for (var i = 0; i < contents.Length; i++)
        {
            objects.Add(string.Create(CultureInfo.InvariantCulture, $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents {5 + (2 * i)} 0 R >>"));
            objects.Add(string.Create(CultureInfo.InvariantCulture, $"<< /Length {Encoding.ASCII.GetByteCount(contents[i])} >>\nstream\n{contents[i]}\nendstream"));
        }

        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(Encoding.ASCII.GetByteCount(pdf.ToString()));
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = Encoding.ASCII.GetByteCount(pdf.ToString());
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    /// <summary>Lines of text in letters whose codes are named /uniE000 … /uniE019: private-use characters, no text.</summary>
    public static byte[] PrivateUseLetters()
    {
        var names = string.Join(' ', Enumerable.Range(0, 26).Select(i => string.Create(CultureInfo.InvariantCulture, $"/uniE0{i:X2}")));
        var lines = string.Join('\n', Enumerable.Range(0, 20).Select(i => string.Create(CultureInfo.InvariantCulture, $"BT /F1 12 Tf 72 {760 - (i * 20)} Td (ABCDEFGHIJKLMNOP) Tj ET")));
        return Page($"<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [65 {names}] >>", lines);
    }
}
