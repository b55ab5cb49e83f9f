namespace Jixiao.Import.Documents.Word;

/// <summary>
/// What a paragraph style gives its paragraphs: a list (numId and level, when the style is numbered), an outline
/// level (0 = the top, as in w:outlineLvl), and whether it is the Title style.
/// </summary>
internal sealed record StyleFacts(int? NumberingId, int? Level, int? OutlineLevel, bool IsTitle)
{
    public static StyleFacts None { get; } = new(null, null, null, false);
}
