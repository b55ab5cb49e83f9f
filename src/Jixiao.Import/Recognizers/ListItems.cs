using System.Text.RegularExpressions;
using Jixiao.Import.Layout;
using Jixiao.Import.Text;

namespace Jixiao.Import.Recognizers;

/// <summary>
/// Splits a section's text into the items of a list (goals, problems, improvements): by its outline
/// numbers when it has them (目标1： （一） 1.), else by an inline enumeration (一是……二是……), else one
/// item per paragraph. Page numbers, the signature at the end and a form's sign-off line are no items. A list known
/// to be cut is read as none (<see cref="Cut"/>); blocks that go on with a list begun before them (a table's cell under
/// another) may start past 1.
/// </summary>
internal static partial class ListItems
{
    public static List<SourceString> FromBlocks(IEnumerable<Block> blocks, bool keepPreamble, bool goesOn = false)
    {
        var section = blocks.ToList();
        var texts = section.Where(block => block.Kind != BlockKind.Table && !IsNoise(block)).ToList();
        if (Cut(section, texts, goesOn))
        {
            return [];
        }

        if (RunOn(texts, keepPreamble) is { } runOn)
        {
            return runOn;
        }

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

    /// <summary>
    /// Whether the list in <paramref name="texts"/> is known to be cut, so that its items would be counted wrong: it opens
    /// with a number past the first (「二是」, or a numbered list's first number past 1) and does not go on from blocks
    /// before it (the items before stand elsewhere: a label set in the middle of its tall table cell prints below them),
    /// or a table among <paramref name="blocks"/> holds the list's next number in a cell (the list goes on in a table, as
    /// when a list in a table's cell is printed beside the next cell's text and is read as rows of two columns).
    /// </summary>
    private static bool Cut(List<Block> blocks, List<Block> texts, bool goesOn)
    {
        if (!goesOn && texts.Count > 0 && texts[0].Marker is null && Inline().Match(texts[0].Text.Value) is { Success: true, Index: 0 } inline
            && Numerals.Chinese(inline.Groups[1].Value) > 1)
        {
            return true;
        }

        if (texts.Where(block => block.Marker is not null).Select(block => block.Marker!.Style).DefaultIfEmpty(MarkerStyle.Bullet).Min() is var style
            && style is MarkerStyle.Bullet or MarkerStyle.Inline)
        {
            return false;
        }

        var last = 0;
        foreach (var block in blocks)
        {
            if (block.Table is { } table && last > 0
                && table.Rows.Exists(row => row.Exists(cell => Marker.Read(cell.Text.Value.TrimStart()) is { } marker && marker.Style == style && marker.Ordinal > last)))
            {
                return true;
            }

            if (block.Kind != BlockKind.Table && !IsNoise(block) && block.Marker is { } number && number.Style == style)
            {
                if (last == 0 && number.Ordinal > 1 && !goesOn && RunOn(texts, keepPreamble: false) is null)
                {
                    // (Unless the first numbers ran on into a paragraph before: 「如下：（1）……（2）……」 then 「（3）」.)
                    return true;
                }

                last = number.Ordinal;
            }
        }

        return false;
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

    /// <summary>
    /// A numbered list a converter ran into its paragraphs (「如下：（1）A。（2）B。」「（3）C。（4）D。」): each number
    /// that follows a sentence's end or a colon starts an item, when the numbers of one style run 1, 2, 3 … through the
    /// section and at least one of them was run on. Null when nothing was run on or the numbers do not run.
    /// A converter that drops a cell's paragraph breaks leaves no sentence's end either (「一、A二、B三、C」): an outline
    /// number right after a character is taken too, but only for three items or more of four characters or more each,
    /// so that 「推进二、三产业」 or 「第二、三季度」 stay whole.
    /// </summary>
    private static List<SourceString>? RunOn(List<Block> texts, bool keepPreamble) =>
        RunOn(texts, keepPreamble, RunOnNumber(), bare: false) ?? RunOn(texts, keepPreamble, BareRunOnNumber(), bare: true);

    private static List<SourceString>? RunOn(List<Block> texts, bool keepPreamble, Regex numbers, bool bare)
    {
        var pieces = new List<(Marker? Marker, SourceString Text)>();
        var runOn = false;
        foreach (var block in texts)
        {
            var (marker, start) = (block.Marker, 0);
            foreach (Match match in numbers.Matches(block.Text.Value))
            {
                var at = match.Groups["n"].Index;
                if (Marker.Read(block.Text.Value[at..]) is not { Style: < MarkerStyle.Labelled and not MarkerStyle.Part } next)
                {
                    continue;
                }

                pieces.Add((marker, block.Text.Slice(start, at - start).Trim()));
                (marker, start, runOn) = (next, at + next.Length, true);
            }

            pieces.Add((marker, block.Text.Slice(start).Trim()));
        }

        var numbered = pieces.Where(piece => piece.Marker is not null).ToList();
        if (!runOn || numbered.Count < 2 || numbered.Exists(piece => piece.Marker!.Style != numbered[0].Marker!.Style)
            || numbered.Select((piece, i) => piece.Marker!.Ordinal - i).Any(offset => offset != 1)
            || (bare && (numbered.Count < 3 || numbered.Exists(piece => piece.Text.Length < 4))))
        {
            return null;
        }

        var items = new List<List<SourceString>>();
        foreach (var (marker, text) in pieces)
        {
            if (marker is not null)
            {
                items.Add([text]);
            }
            else if (items.Count > 0)
            {
                items[^1].Add(text);
            }
            else if (keepPreamble)
            {
                items.Add([text]);
            }
        }

        return [.. items.Select(Join).Where(item => item.Length > 0)];
    }

    /// <summary>A title line and its paragraphs as one item: 「绩效目标不够细化。部分项目……」.</summary>
    private static SourceString Join(List<SourceString> parts) => SourceString.Concat(parts);

    private static bool IsNoise(Block block)
    {
        var text = block.Text.Value;
        return text.Length == 0 || PageNumbers.IsPageNumber(text) || ChineseDates.Parse(text) is not null || DocumentTitle.IsSignedLine(text)
            || (text.Length <= 30 && DocumentTitle.IsUnitName(text) && block.Marker is null) || SignOff().IsMatch(text);
    }

    /// <summary>A form's sign-off under its last row: 「填表人：李某某　填报日期：……」.</summary>
    [GeneratedRegex(@"^(填表人|填报人|联系人|联系电话|审核人|复核人|经办人|(单位|部门|财务)?负责人|填报日期|填表日期)\s*[:：]")]
    private static partial Regex SignOff();

    /// <summary>A list's number right after a sentence's end or a colon (blanks between allowed): 「。（4）」「： 1.」.</summary>
    [GeneratedRegex(@"(?<=[。；;：:！？]\s*)(?<n>[（(]\d{1,2}[）)]|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.、．](?!\d)|[①-⑳])")]
    private static partial Regex RunOnNumber();

    /// <summary>An outline number right after a Chinese character: 「保障二、加快」「保障2、加快」.</summary>
    [GeneratedRegex(@"(?<=\p{IsCJKUnifiedIdeographs})(?<n>[一二三四五六七八九十]{1,3}、|\d{1,2}、)")]
    private static partial Regex BareRunOnNumber();

    // 一是 after the start or a pause; not 统一是, 唯一是.
    [GeneratedRegex("(?<=^|[，。；：、,;:\\s）)])([一二三四五六七八九十]{1,3})是")]
    private static partial Regex Inline();
}
