using System.Text.RegularExpressions;
using Jixiao.Import.Layout;
using Jixiao.Import.Text;

namespace Jixiao.Import.Recognizers;

/// <summary>
/// Splits a section's text into the items of a list (goals, problems, improvements): by its outline
/// numbers when it has them (目标1： （一） 1.), else by an inline enumeration (一是……二是……), else one
/// item per paragraph. Page numbers and the signature at the end are no items.
/// </summary>
internal static partial class ListItems
{
    public static List<SourceString> FromBlocks(IEnumerable<Block> blocks, bool keepPreamble)
    {
        var texts = blocks.Where(block => block.Kind != BlockKind.Table && !IsNoise(block)).ToList();
        if (Numbered(texts, keepPreamble) is { } items)
        {
            return [.. items.Select(item => Join([.. item.Select(block => block.Text)])).Where(item => item.Length > 0)];
        }

        var all = SourceString.Concat([.. texts.Select(block => block.Text)]);
        var inline = SplitInline(all, keepPreamble);
        return inline.Count > 1 ? inline : [.. texts.Select(block => block.Text).Where(text => text.Length > 0)];
    }

    /// <summary>
    /// The items of a numbered list: each numbered block of the highest rank present, with the blocks that follow it;
    /// null when nothing is numbered. Blocks before the first number are an item of their own when kept.
    /// </summary>
    public static List<List<Block>>? Numbered(List<Block> texts, bool keepPreamble)
    {
        var numbered = texts.Where(block => block.Marker is not null).ToList();
        if (numbered.Count == 0)
        {
            return null;
        }

        var style = numbered.Min(block => block.Marker!.Style);
        var items = new List<List<Block>>();
        foreach (var block in texts)
        {
            if (block.Marker?.Style == style)
            {
                items.Add([block]);
            }
            else if (items.Count > 0)
            {
                items[^1].Add(block);
            }
            else if (keepPreamble)
            {
                items.Add([block]);
            }
        }

        return items;
    }

    /// <summary>「……：一是 A；二是 B；三是 C」 → A, B, C (with the lead first when <paramref name="keepPreamble"/>); else the text whole.</summary>
    public static List<SourceString> SplitInline(SourceString text, bool keepPreamble = false)
    {
        var starts = new List<(int At, int Length)>();
        foreach (Match match in Inline().Matches(text.Value))
        {
            if (Numerals.Chinese(match.Groups[1].Value) == starts.Count + 1)
            {
                starts.Add((match.Index, match.Length));
            }
        }

        if (starts.Count < 2)
        {
            return text.Length > 0 ? [text] : [];
        }

        var items = new List<SourceString>();
        var lead = text.Slice(0, starts[0].At).Trim();
        if (keepPreamble && lead.Length > 0)
        {
            items.Add(lead);
        }

        for (var i = 0; i < starts.Count; i++)
        {
            var from = starts[i].At + starts[i].Length;
            var to = i + 1 < starts.Count ? starts[i + 1].At : text.Length;
            var item = text.Slice(from, to - from).Trim();
            if (item.Length > 0)
            {
                items.Add(item);
            }
        }

        return items;
    }

    /// <summary>A title line and its paragraphs as one item: 「绩效目标不够细化。部分项目……」.</summary>
    private static SourceString Join(List<SourceString> parts) => SourceString.Concat(parts);

    private static bool IsNoise(Block block)
    {
        var text = block.Text.Value;
        return text.Length == 0 || PageNumbers.IsPageNumber(text) || ChineseDates.Parse(text) is not null
            || (text.Length <= 30 && DocumentTitle.IsUnitName(text) && block.Marker is null);
    }

    // 一是 after the start or a pause; not 统一是, 唯一是.
    [GeneratedRegex("(?<=^|[，。；：、,;:\\s）)])([一二三四五六七八九十]{1,3})是")]
    private static partial Regex Inline();
}
