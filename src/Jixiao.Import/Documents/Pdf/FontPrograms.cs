using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace Jixiao.Import.Documents.Pdf;

/// <summary>
/// Keeps PdfPig from parsing the embedded programs of Type 1 fonts that it does not need: a font with a ToUnicode map
/// and its own widths gives every letter's text and advance without its program, and parsing the program (and running
/// it for each glyph's outline, which PdfPig does to size every letter) is most of the time PdfPig spends on a PDF
/// that LibreOffice wrote (Chinese fonts become Type 1 subsets there). The glyph procedures of Type 3 fonts (Chromium's
/// Chinese) are left out on the same terms. Other fonts are read as PdfPig reads them.
/// </summary>
internal static class FontPrograms
{
    private static readonly NameToken FontFile3 = NameToken.Create("FontFile3");
    private static readonly NameToken FontWeightName = NameToken.Create("FontWeight");
    private static readonly NameToken FlateDecode = NameToken.Create("FlateDecode");
    private static readonly NameToken Fl = NameToken.Create("Fl");
    private static readonly NameToken Type3 = NameToken.Create("Type3");
    private static readonly NameToken CharProcs = NameToken.Create("CharProcs");
    private static readonly StreamToken Blank = new(new DictionaryToken(new Dictionary<NameToken, IToken>()), Array.Empty<byte>());

    /// <summary>Drops the font program from the descriptors of such fonts, on every page's own resources; how many.</summary>
    /// <remarks>Programs' weights already read (<see cref="PdfBounds.Weights"/>) are taken as given; others are read here.</remarks>
    public static int SkipUnneeded(PdfDocument document, int maxPages, IReadOnlyDictionary<IndirectReference, bool?>? weights = null)
    {
        var scanner = document.Structure.TokenScanner;
        var descriptors = new HashSet<IndirectReference>();
        var type3 = new HashSet<IndirectReference>();
        var composite = new Dictionary<IndirectReference, bool>();
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
                    else if (font is IndirectReferenceToken reference && Resolve(font, scanner) is DictionaryToken drawn && UnneededProcedures(drawn))
                    {
                        type3.Add(reference.Data);
                    }
                    else if (Resolve(font, scanner) is DictionaryToken type0 && UnneededCidProgram(type0, scanner, weights) is var (cidDescriptor, bold))
                    {
                        composite.TryAdd(cidDescriptor, bold);
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

        foreach (var (descriptor, bold) in composite)
        {
            document.Advanced.ReplaceIndirectObject(descriptor, token => token is DictionaryToken dictionary
                ? dictionary.Without(NameToken.FontFile2).Without(FontFile3).With(FontWeightName, new NumericToken(bold ? 700 : 400))
                : token);
        }

        foreach (var font in type3)
        {
            document.Advanced.ReplaceIndirectObject(font, token => token is DictionaryToken dictionary
                && Resolve(dictionary.Data[CharProcs.Data], scanner) is DictionaryToken procedures
                ? dictionary.With(CharProcs, new DictionaryToken(procedures.Data.ToDictionary(pair => NameToken.Create(pair.Key), _ => (IToken)Blank)))
                : token);
        }

        return descriptors.Count + type3.Count + composite.Count;
    }

    /// <summary>
    /// A Type 3 font whose text comes from its ToUnicode map and its advances from its widths: PdfPig runs each glyph's
    /// procedure only to size the glyph's box, which the layout does not use; chromium draws Chinese so, and running
    /// the procedures was a third of PdfPig's time on its PDFs.
    /// </summary>
    private static bool UnneededProcedures(DictionaryToken font) =>
        font.Data.GetValueOrDefault(NameToken.Subtype.Data) is NameToken subtype && subtype.Equals(Type3)
        && font.ContainsKey(NameToken.ToUnicode) && font.ContainsKey(NameToken.Widths) && font.ContainsKey(CharProcs);

    /// <summary>
    /// A composite (Type 0) font written horizontally whose CID font embeds a TrueType, OpenType or CFF program: its
    /// text comes from its ToUnicode map (or its CMap) and its advances from the CID font's widths (/W, /DW), never
    /// from the program; PdfPig reads the program only to size each glyph's box (running a CFF glyph's charstring, or
    /// reading every glyph of a TrueType font), which the layout does not use, and to tell bold, which
    /// <see cref="FontWeight"/> reads from the program's first bytes and the descriptor then carries. Most of PdfPig's
    /// time on PDFs of AbiWord, wkhtmltopdf and Chromium (Latin text) went there. Returns the descriptor and the weight.
    /// </summary>
    private static (IndirectReference Descriptor, bool Bold)? UnneededCidProgram(DictionaryToken font, IPdfTokenScanner scanner, IReadOnlyDictionary<IndirectReference, bool?>? weights)
    {
        if (font.Data.GetValueOrDefault(NameToken.Subtype.Data) is not NameToken subtype || !subtype.Equals(NameToken.Type0)
            || Resolve(font.Data.GetValueOrDefault(NameToken.Encoding.Data) ?? NullToken.Instance, scanner) is not NameToken { Data: var encoding }
            || !(encoding == "H" || encoding.EndsWith("-H", StringComparison.Ordinal))
            || Resolve(font.Data.GetValueOrDefault(NameToken.DescendantFonts.Data) ?? NullToken.Instance, scanner) is not ArrayToken { Data.Count: > 0 } descendants
            || Resolve(descendants.Data[0], scanner) is not DictionaryToken cidFont
            || cidFont.Data.GetValueOrDefault(NameToken.Subtype.Data) is not NameToken cidType
            || !(cidType.Equals(NameToken.CidFontType0) || cidType.Equals(NameToken.CidFontType2))
            || cidFont.Data.GetValueOrDefault(NameToken.FontDescriptor.Data) is not IndirectReferenceToken descriptorReference
            || Resolve(descriptorReference, scanner) is not DictionaryToken descriptor
            || descriptor.ContainsKey(NameToken.FontFile))
        {
            return null;
        }

        var programs = new[] { descriptor.Data.GetValueOrDefault(NameToken.FontFile2.Data), descriptor.Data.GetValueOrDefault(FontFile3.Data) }
            .Where(program => program is not null).ToList();
        if (programs.Count != 1 || Resolve(programs[0]!, scanner) is not StreamToken program)
        {
            return null;
        }

        if (programs[0] is IndirectReferenceToken measured && weights is not null && weights.TryGetValue(measured.Data, out var weighed))
        {
            return weighed is { } known ? (descriptorReference.Data, known) : null;
        }

        var filter = program.StreamDictionary.Data.GetValueOrDefault(NameToken.Filter.Data) is { } named ? Resolve(named, scanner) : null;
        if (filter is ArrayToken { Data.Count: 1 } single)
        {
            filter = Resolve(single.Data[0], scanner);
        }

        var flate = filter is not null;
        if (flate && !(filter is NameToken name && (FlateDecode.Equals(name) || Fl.Equals(name))))
        {
            return null;
        }

        return FontWeight.IsBold(program.Data, flate) is { } bold ? (descriptorReference.Data, bold) : null;
    }

    /// <summary>A simple Type 1 font whose text comes from its ToUnicode map and its advances from its widths.</summary>
    private static bool Unneeded(DictionaryToken font) =>
        font.Data.GetValueOrDefault(NameToken.Subtype.Data) is NameToken subtype && subtype.Equals(NameToken.Type1)
        && font.ContainsKey(NameToken.ToUnicode) && font.ContainsKey(NameToken.Widths) && font.ContainsKey(NameToken.FirstChar);

    private static IToken? Resolve(IToken token, IPdfTokenScanner scanner) =>
        token is IndirectReferenceToken reference ? scanner.Get(reference.Data)?.Data : token;
}
