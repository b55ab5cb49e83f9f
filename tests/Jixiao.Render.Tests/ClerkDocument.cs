using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Jixiao.Render.Tests;

/// <summary>A blank 自评表 in Word filled in as a clerk fills it: text typed into the empty cell right of a printed label.</summary>
internal sealed class ClerkDocument(Stream document) : IDisposable
{
    private readonly WordprocessingDocument _document = WordprocessingDocument.Open(document, isEditable: true);

    /// <summary>Types into the cell after the first cell reading <paramref name="label"/> in its row (which must be empty).</summary>
    public void Beside(string label, string value)
    {
        var cell = _document.MainDocumentPart!.Document.Body!.Descendants<TableCell>().FirstOrDefault(found => found.InnerText == label)
            ?? throw new InvalidOperationException($"no cell reads 「{label}」");
        var next = cell.ElementsAfter().OfType<TableCell>().FirstOrDefault() ?? throw new InvalidOperationException($"nothing right of 「{label}」");
        if (next.InnerText.Length > 0)
        {
            throw new InvalidOperationException($"the cell right of 「{label}」 already reads 「{next.InnerText}」");
        }

        var paragraph = next.Elements<Paragraph>().First();
        paragraph.Append(new Run(new Text(value)));
    }

    public void Dispose() => _document.Dispose();
}
