using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace Jixiao.Import.Documents.Pdf;

/// <summary>
/// Keeps PdfPig from parsing the embedded programs of Type 1 fonts that it does not need: a font with a ToUnicode map
/// and its own widths gives every letter's text and advance without its program, and parsing the program (and running
/// it for each glyph's outline, which PdfPig does to size every letter) is most of the time PdfPig spends on a PDF
/// that LibreOffice wrote (Chinese fonts become Type 1 subsets there). Other fonts are read as PdfPig reads them.
/// </summary>
internal static class FontPrograms
{
    private static readonly NameToken FontFile3 = NameToken.Create("FontFile3");

    /// <summary>Drops the font program from the descriptors of such fonts, on every page's own resources; how many.</summary>
    public static int SkipUnneeded(PdfDocument document, int maxPages)
    {
        var scanner = document.Structure.TokenScanner;
        var descriptors = new HashSet<IndirectReference>();
        var nodes = new Stack<IToken>();
        nodes.Push(document.Structure.Catalog.CatalogDictionary.Data.GetValueOrDefault(NameToken.Pages.Data) ?? NullToken.Instance);
        for (var visited = 0; nodes.Count > 0 && visited < maxPages * 2; visited++)
        {
            if (Resolve(nodes.Pop(), scanner) is not DictionaryToken node)
            {
                continue;
            }

            if (node.TryGet(NameToken.Kids, scanner, out ArrayToken? kids))
            {
                foreach (var kid in kids.Data)
                {
                    nodes.Push(kid);
                }
            }

            if (node.TryGet(NameToken.Resources, scanner, out DictionaryToken? resources) && resources.TryGet(NameToken.Font, scanner, out DictionaryToken? fonts))
            {
                foreach (var font in fonts.Data.Values)
                {
                    if (Resolve(font, scanner) is DictionaryToken dictionary && Unneeded(dictionary)
                        && dictionary.Data.GetValueOrDefault(NameToken.FontDescriptor.Data) is IndirectReferenceToken descriptor)
                    {
                        descriptors.Add(descriptor.Data);
                    }
                }
            }
        }

        foreach (var descriptor in descriptors)
        {
            document.Advanced.ReplaceIndirectObject(descriptor, token => token is DictionaryToken dictionary
                ? dictionary.Without(NameToken.FontFile).Without(NameToken.FontFile2).Without(FontFile3)
                : token);
        }

        return descriptors.Count;
    }

    /// <summary>A simple Type 1 font whose text comes from its ToUnicode map and its advances from its widths.</summary>
    private static bool Unneeded(DictionaryToken font) =>
        font.Data.GetValueOrDefault(NameToken.Subtype.Data) is NameToken subtype && subtype.Equals(NameToken.Type1)
        && font.ContainsKey(NameToken.ToUnicode) && font.ContainsKey(NameToken.Widths) && font.ContainsKey(NameToken.FirstChar);

    private static IToken? Resolve(IToken token, IPdfTokenScanner scanner) =>
        token is IndirectReferenceToken reference ? scanner.Get(reference.Data)?.Data : token;
}
