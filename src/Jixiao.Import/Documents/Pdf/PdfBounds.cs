using System.Globalization;
using System.IO.Compression;
using System.Runtime.InteropServices;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace Jixiao.Import.Documents.Pdf;

/// <summary>
/// Walks what PdfPig will read of each page before it reads it, within bounds: references that run in a cycle
/// (PdfPig follows them by recursion until the stack overflows), forms drawn inside themselves, streams that inflate
/// past <see cref="MaxStreamBytes"/> and pages of more than <see cref="MaxPageTokens"/> tokens are a crafted or broken
/// file, refused with the page and object where they were found. Streams are measured through every filter that expands
/// text (<see cref="PdfFilters"/>: Flate, LZW, RunLength, ASCII85, ASCIIHex, and chains of them).
/// </summary>
internal sealed class PdfBounds(IPdfTokenScanner scanner)
{
    public const long MaxStreamBytes = 64L * 1024 * 1024;

    public const long MaxPageTokens = 1_000_000;

    private const int MaxChain = 32;

    private const int MaxFormDepth = 16;

    private static readonly NameToken XObject = NameToken.Create("XObject");
    private static readonly NameToken Form = NameToken.Create("Form");
    private static readonly NameToken Contents = NameToken.Create("Contents");
    private static readonly NameToken FlateDecode = NameToken.Create("FlateDecode");
    private static readonly NameToken Fl = NameToken.Create("Fl");
    private static readonly NameToken EarlyChange = NameToken.Create("EarlyChange");
    private static readonly NameToken[] FontStreams = [NameToken.Create("FontFile"), NameToken.Create("FontFile2"), NameToken.Create("FontFile3"), NameToken.Create("ToUnicode")];

    private readonly HashSet<IndirectReference> _measured = [];
    private long _tokens;
    private int _page;

    /// <summary>Checks the file's bytes for nesting before PdfPig parses them; throws the problem found.</summary>
    public static void CheckSyntax(ReadOnlySpan<byte> pdf)
    {
        if (new PdfSyntaxDepth().Scan(pdf, skipStreams: true) is { } problem)
        {
            throw new DocumentProblem(problem);
        }
    }

    /// <summary>
    /// Whether each embedded font program measured says it is bold (<see cref="FontWeight"/>), by the program's
    /// reference: read while the program is inflated to be measured, so that <see cref="FontPrograms"/> need not inflate it again.
    /// </summary>
    public Dictionary<IndirectReference, bool?> Weights { get; } = [];

    /// <summary>Walks the page tree (cycle-safe) and each page's contents and resources; throws the problem found.</summary>
    public static PdfBounds Check(PdfDocument document, int maxPages)
    {
        var bounds = new PdfBounds(document.Structure.TokenScanner);
        var root = document.Structure.Catalog.CatalogDictionary.Data.GetValueOrDefault(NameToken.Pages.Data);
        var nodes = new Stack<(IToken Node, IToken? Resources)>();
        var seen = new HashSet<IndirectReference>();
        if (root is not null)
        {
            nodes.Push((root, null));
        }

        while (nodes.Count > 0 && bounds._page < maxPages)
        {
            var (node, inherited) = nodes.Pop();
            if (node is IndirectReferenceToken reference && !seen.Add(reference.Data))
            {
                throw new DocumentProblem(string.Create(CultureInfo.InvariantCulture,
                    $"PDF 的页面树引用成环（对象 {reference.Data.ObjectNumber} {reference.Data.Generation} R 出现两次），文件已损坏或为恶意构造，未读取"));
            }

            if (bounds.Resolve(node, "页面树") is not DictionaryToken dictionary)
            {
                continue;
            }

            var resources = dictionary.Data.GetValueOrDefault(NameToken.Resources.Data) ?? inherited;
            if (bounds.Resolve(dictionary.Data.GetValueOrDefault(NameToken.Kids.Data), "页面树") is ArrayToken kids)
            {
                for (var i = kids.Data.Count - 1; i >= 0; i--)
                {
                    nodes.Push((kids.Data[i], resources));
                }

                continue;
            }

            bounds.Page(dictionary, resources);
        }

        return bounds;
    }

    private void Page(DictionaryToken page, IToken? resources)
    {
        (_page, _tokens) = (_page + 1, 0);
        var contents = Resolve(page.Data.GetValueOrDefault(Contents.Data), "内容流");
        foreach (var part in contents is ArrayToken array ? array.Data : contents is null ? [] : [contents])
        {
            if (Resolve(part, "内容流") is StreamToken stream)
            {
                Content(stream, "内容流");
            }
        }

        Resources(resources, 0, []);
    }

    private void Resources(IToken? token, int depth, HashSet<IndirectReference> forms)
    {
        if (Resolve(token, "资源（Resources）") is not DictionaryToken resources)
        {
            return;
        }

        if (Resolve(resources.Data.GetValueOrDefault(NameToken.Font.Data), "字体") is DictionaryToken fonts)
        {
            foreach (var font in fonts.Data.Values)
            {
                Font(font);
            }
        }

        if (Resolve(resources.Data.GetValueOrDefault(XObject.Data), "XObject") is not DictionaryToken objects)
        {
            return;
        }

        foreach (var entry in objects.Data.Values)
        {
            if (Resolve(entry, "XObject") is not StreamToken stream || stream.StreamDictionary.Data.GetValueOrDefault(NameToken.Subtype.Data) is not NameToken subtype || !Form.Equals(subtype))
            {
                continue;
            }

            var reference = entry is IndirectReferenceToken indirect ? indirect.Data : (IndirectReference?)null;
            if (depth >= MaxFormDepth || (reference is { } r && !forms.Add(r)))
            {
                throw new DocumentProblem(string.Create(CultureInfo.InvariantCulture,
                    $"PDF 第 {_page} 页的表单对象（Form XObject）嵌套超过 {MaxFormDepth} 层或引用自身，文件已损坏或为恶意构造，未读取"));
            }

            Content(stream, "表单对象");
            Resources(stream.StreamDictionary.Data.GetValueOrDefault(NameToken.Resources.Data), depth + 1, forms);
            if (reference is { } done)
            {
                forms.Remove(done);
            }
        }
    }

    private void Font(IToken token, bool descendant = false)
    {
        if (Resolve(token, "字体") is not DictionaryToken font)
        {
            return;
        }

        var parts = new List<(IToken? Part, bool Program)> { (font.Data.GetValueOrDefault(NameToken.ToUnicode.Data), false) };
        if (Resolve(font.Data.GetValueOrDefault(NameToken.FontDescriptor.Data), "字体") is DictionaryToken descriptor)
        {
            parts.AddRange(FontStreams.Select(name => (descriptor.Data.GetValueOrDefault(name.Data), true)));
        }

        if (!descendant && Resolve(font.Data.GetValueOrDefault(NameToken.DescendantFonts.Data), "字体") is ArrayToken descendants && descendants.Data.Count > 0)
        {
            Font(descendants.Data[0], descendant: true);
        }

        foreach (var (part, program) in parts)
        {
            if (part is IndirectReferenceToken reference && _measured.Add(reference.Data) && Resolve(part, "字体") is StreamToken stream
                && !(program && Weigh(stream, reference.Data)))
            {
                Inflate(stream, "字体", keep: false);
            }
        }
    }

    /// <summary>A content stream (a page's or a form's): inflated within bounds, its nesting and its tokens counted.</summary>
    private void Content(StreamToken stream, string what)
    {
        if (Inflate(stream, what) is not { } bytes)
        {
            return;
        }

        var syntax = new PdfSyntaxDepth();
        if (syntax.Scan(bytes, skipStreams: false) is { } problem)
        {
            throw new DocumentProblem($"PDF 第 {_page} 页的{what}：{problem}");
        }

        _tokens += syntax.Tokens;
        if (_tokens > MaxPageTokens)
        {
            throw new DocumentProblem(string.Create(CultureInfo.InvariantCulture,
                $"PDF 第 {_page} 页的绘制指令超过 {MaxPageTokens} 个的上限（疑似恶意构造的文件），未读取"));
        }
    }

    /// <summary>
    /// The stream's data decoded through its filters when <see cref="PdfFilters"/> knows them all (Flate, LZW, RunLength,
    /// ASCII85, ASCIIHex: what expands text), each stage within <see cref="MaxStreamBytes"/>; null when a filter is left
    /// to PdfPig (an image's). Without <paramref name="keep"/> the last stage is only counted (a font program: its size
    /// is all that is checked), and an empty array returned.
    /// </summary>
    private byte[]? Inflate(StreamToken stream, string what, bool keep = true)
    {
        var filter = Resolve(stream.StreamDictionary.Data.GetValueOrDefault(NameToken.Filter.Data), what);
        var names = (filter is ArrayToken filters ? filters.Data : filter is null ? [] : [filter]).Select(token => Resolve(token, what)).ToList();
        if (names.Count == 0)
        {
            return keep ? stream.Data.ToArray() : [];
        }

        var parameters = Resolve(stream.StreamDictionary.Data.GetValueOrDefault(NameToken.DecodeParms.Data), what);
        ReadOnlyMemory<byte> data = stream.Data;
        for (var i = 0; i < names.Count; i++)
        {
            var stageParameters = Resolve(parameters is ArrayToken each ? (i < each.Data.Count ? each.Data[i] : null) : parameters, what) as DictionaryToken;
            var predicted = stageParameters?.Data.GetValueOrDefault(NameToken.Predictor.Data) is NumericToken { Int: > 1 };
            if (names[i] is not NameToken name || !PdfFilters.Knows(name.Data) || (predicted && i < names.Count - 1))
            {
                return null; // left to PdfPig, as before: a filter that does not expand text, or a predictor between stages
            }

            var earlyChange = stageParameters?.Data.GetValueOrDefault(EarlyChange.Data) is NumericToken { Int: 0 } ? 0 : 1;
            var output = new BoundedOutput(MaxStreamBytes, keep || i < names.Count - 1);
            try
            {
                PdfFilters.Decode(name.Data, data, earlyChange, output);
            }
            catch (BoundedOutput.OverLimitException)
            {
                var how = names.All(each => each is NameToken flate && (FlateDecode.Equals(flate) || Fl.Equals(flate))) ? "解压" : $"解压（{string.Join(" + ", names.OfType<NameToken>().Select(each => each.Data))}）";
                throw new DocumentProblem(string.Create(CultureInfo.InvariantCulture,
                    $"PDF 第 {_page} 页的{what}{how}后超过 {Sizes.Megabytes(MaxStreamBytes)} 的上限（疑似压缩炸弹），未读取"));
            }

            data = output.Bytes;
        }

        return keep ? data.ToArray() : [];
    }

    /// <summary>
    /// A font program filtered by Flate or not at all, measured in one pass that also reads its weight into
    /// <see cref="Weights"/>; false (not measured) when it has other filters.
    /// </summary>
    private bool Weigh(StreamToken stream, IndirectReference reference)
    {
        var filter = Resolve(stream.StreamDictionary.Data.GetValueOrDefault(NameToken.Filter.Data), "字体");
        if (filter is ArrayToken { Data.Count: 1 } single)
        {
            filter = Resolve(single.Data[0], "字体");
        }

        var flate = filter is NameToken name && (FlateDecode.Equals(name) || Fl.Equals(name));
        if (filter is not null && !flate)
        {
            return false;
        }

        using var source = Bytes(stream.Data);
        using var inflated = flate ? new ZLibStream(source, CompressionMode.Decompress) : null;
        using var counted = new BoundedStream(inflated ?? (Stream)source, MaxStreamBytes, _ => string.Create(CultureInfo.InvariantCulture,
            $"PDF 第 {_page} 页的字体解压后超过 {Sizes.Megabytes(MaxStreamBytes)} 的上限（疑似压缩炸弹），未读取"));
        Weights[reference] = FontWeight.IsBold(counted);
        try
        {
            counted.CopyTo(Stream.Null);
        }
        catch (InvalidDataException)
        {
            // A stream zlib cannot read as a whole: PdfPig reads what it can of it, and only that part is counted.
        }

        return true;
    }

    /// <summary>A stream over a stream object's raw data, without copying it when it is an array's (as PdfPig keeps it).</summary>
    internal static MemoryStream Bytes(ReadOnlyMemory<byte> data) =>
        MemoryMarshal.TryGetArray(data, out var segment) && segment.Array is { } array
            ? new MemoryStream(array, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(data.ToArray(), writable: false);

    /// <summary>A token with its references followed, at most <see cref="MaxChain"/> of them and never the same twice.</summary>
    private IToken? Resolve(IToken? token, string what)
    {
        List<IndirectReference>? chain = null;
        while (token is IndirectReferenceToken reference)
        {
            chain ??= [];
            if (chain.Contains(reference.Data) || chain.Count >= MaxChain)
            {
                chain.Add(reference.Data);
                var path = string.Join(" → ", chain.Select(each => string.Create(CultureInfo.InvariantCulture, $"{each.ObjectNumber} {each.Generation} R")));
                throw new DocumentProblem($"PDF {(_page > 0 ? $"第 {_page.ToString(CultureInfo.InvariantCulture)} 页" : "")}的{what}对象引用成环（{path}），文件已损坏或为恶意构造，未读取");
            }

            chain.Add(reference.Data);
            token = scanner.Get(reference.Data)?.Data;
        }

        return token;
    }
}
