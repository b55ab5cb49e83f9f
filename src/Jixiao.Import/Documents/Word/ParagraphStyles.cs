using DocumentFormat.OpenXml.Wordprocessing;

namespace Jixiao.Import.Documents.Word;

/// <summary>
/// What a paragraph inherits from its style (styles.xml, following basedOn): list numbering and outline level.
/// Heading styles are also known by name ("heading 2", 「标题 2」), because documents made by other tools often
/// define them without an outline level.
/// </summary>
internal sealed class ParagraphStyles
{
    /// <summary>A basedOn chain longer than this is a loop or a hostile file; Word allows far fewer.</summary>
    private const int ChainLimit = 32;

    private readonly Dictionary<string, Style> _styles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StyleFacts> _facts = new(StringComparer.Ordinal);
    private readonly string? _default;

    public ParagraphStyles(Styles? styles)
    {
        foreach (var style in styles?.Elements<Style>() ?? [])
        {
            // Numbering styles too: a list definition that links to one (w:numStyleLink) finds its list there.
            if (style.StyleId?.Value is { } id && (style.Type is null || style.Type.Value == StyleValues.Paragraph || style.Type.Value == StyleValues.Numbering))
            {
                _styles.TryAdd(id, style);
                if (style.Default?.Value == true && style.Type?.Value != StyleValues.Numbering)
                {
                    _default ??= id;
                }
            }
        }
    }

    /// <summary>The facts of a paragraph style; the document's default paragraph style when none is named.</summary>
    public StyleFacts Of(string? styleId)
    {
        var id = styleId ?? _default;
        if (id is null)
        {
            return StyleFacts.None;
        }

        if (!_facts.TryGetValue(id, out var facts))
        {
            facts = Resolve(id);
            _facts[id] = facts;
        }

        return facts;
    }

    private StyleFacts Resolve(string id)
    {
        int? numberingId = null, level = null, outline = null;
        var isTitle = false;
        var visited = new HashSet<string>(StringComparer.Ordinal);
        for (var style = Find(id); style is not null && visited.Count < ChainLimit && visited.Add(style.StyleId!.Value!); style = Find(style.BasedOn?.Val?.Value))
        {
            var properties = style.StyleParagraphProperties;
            var numbering = properties?.NumberingProperties;
            numberingId ??= numbering?.NumberingId?.Val?.Value;
            level ??= numbering?.NumberingLevelReference?.Val?.Value;
            outline ??= properties?.OutlineLevel?.Val?.Value ?? HeadingLevel(style.StyleName?.Val?.Value);
            isTitle |= visited.Count == 1 && IsTitle(style.StyleName?.Val?.Value);
        }

        return new StyleFacts(numberingId, level, outline is >= 0 and <= 8 ? outline : null, isTitle);
    }

    private Style? Find(string? id) => id is not null && _styles.TryGetValue(id, out var style) ? style : null;

    /// <summary>"heading 1" … "heading 9" (and the Chinese names some tools write, 标题 1 or 標題 1) → 0 … 8.</summary>
    private static int? HeadingLevel(string? name)
    {
        name = name is null ? null : Text.Script.Fold(name);
        var rest = name switch
        {
            null => null,
            _ when name.StartsWith("heading", StringComparison.OrdinalIgnoreCase) => name[7..],
            _ when name.StartsWith("标题", StringComparison.Ordinal) => name[2..],
            _ => null,
        };
        return rest?.Trim() is [var digit and >= '1' and <= '9'] ? digit - '1' : null;
    }

    private static bool IsTitle(string? name) => name is not null && (name.Equals("Title", StringComparison.OrdinalIgnoreCase) || Text.Script.Fold(name) == "标题");
}
