using Jixiao.Import.Text;

namespace Jixiao.Import.Layout;

/// <summary>
/// One unit of the segmented document: a heading, a paragraph (its broken lines joined) or a table.
/// <see cref="Text"/> is the text after the outline number.
/// </summary>
internal sealed class Block
{
    public required BlockKind Kind { get; init; }

    public Marker? Marker { get; init; }

    /// <summary>Markdown heading depth (# = 1), 0 when none.</summary>
    public int Hashes { get; init; }

    public required SourceString Text { get; init; }

    public Table? Table { get; init; }

    /// <summary>
    /// The outline rank: the marker's, else the markdown depth after all markers; a title with neither (a bold line
    /// such as 「**存在的不足**」) ranks highest, for such documents number nothing but their items.
    /// </summary>
    public int Level => Marker is { } marker ? marker.Level : Hashes > 0 ? 10 + Hashes : 0;

    /// <summary>The heading-like lead of a paragraph: its text up to the first 。 or ：, when short.</summary>
    public string Title
    {
        get
        {
            var text = Text.Value;
            var end = text.IndexOfAny(['。', '：', ':']);
            var lead = (end < 0 ? text : text[..end]).Trim();
            return lead.Length <= 40 ? lead : "";
        }
    }

    public override string ToString() => $"{Kind} {Marker?.Style}{Marker?.Ordinal} {Text.Value}";
}
