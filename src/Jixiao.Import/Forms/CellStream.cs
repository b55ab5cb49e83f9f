using System.Text.RegularExpressions;
using Jixiao.Import.Extraction;
using Jixiao.Import.Layout;
using Jixiao.Import.Text;

namespace Jixiao.Import.Forms;

/// <summary>
/// A document as the stream of cells a form reader walks, whatever layout printed it: pipe rows, HTML rows, tab
/// columns, one cell per line or per paragraph, or a whole table flattened to one line of words. A cell printed
/// empty (「|  |」, a line of blanks between paragraphs) is kept as an empty token, since it keeps the columns in step.
/// </summary>
internal static partial class CellStream
{
    public static List<Token> Of(Document document)
    {
        var tokens = new List<Token>();
        var lines = document.SpacedLines;
        var printed = document.Blocks.Where(block => block.Table?.PrintedAt is not null).ToDictionary(block => block.Table!.PrintedAt!.Value, block => block.Table!);
        var parts = document.Blocks.SelectMany(block => block.Table?.PrintedParts ?? []).ToHashSet();
        for (var index = 0; index < lines.Count; index++)
        {
            if (printed.TryGetValue(index, out var table))
            {
                // A table a document's reader printed: its cells as it knew them.
                foreach (var cell in table.Rows.SelectMany(row => row))
                {
                    tokens.Add(cell.IsEmpty ? Empty(SourceString.Empty) : Value(cell.Text));
                }

                index = document.Source.Document!.Tables.First(known => known.FirstLine == index).LastLine;
                continue;
            }

            if (printed.ContainsKey(index + 1) && lines[index].Value.Trim() == "<table>")
            {
                continue; // the mark a document's reader prints before its table: no cell
            }

            if (parts.Contains(index))
            {
                index = document.Source.Document!.Tables.First(known => known.FirstLine == index).LastLine; // read with the table it goes on
                continue;
            }

            var line = lines[index];
            if (line.Trim().Length == 0)
            {
                var (start, end) = document.Source.LineBounds(index);
                if (end > start)
                {
                    tokens.Add(Empty(line));
                }

                continue;
            }

            if (!PageNumbers.IsFurniture(line.Value))
            {
                Split(line, tokens);
            }
        }

        return tokens;
    }

    private static void Split(SourceString line, List<Token> tokens)
    {
        var text = line.Value;
        if (HtmlCell().IsMatch(text))
        {
            foreach (Match cell in HtmlCell().Matches(text))
            {
                var inner = cell.Groups["c"];
                Cell(Untag(line.Slice(inner.Index, inner.Length)), tokens);
            }

            return;
        }

        if (text.Contains('|', StringComparison.Ordinal))
        {
            var pieces = Pieces(line, '|');
            if (pieces.Count > 0 && pieces[0].Trim().Length == 0)
            {
                pieces.RemoveAt(0);
            }

            if (pieces.Count > 0 && pieces[^1].Trim().Length == 0)
            {
                pieces.RemoveAt(pieces.Count - 1);
            }

            if (pieces.Count == 0)
            {
                tokens.Add(Empty(line));
            }
            else if (!pieces.All(piece => Rule().IsMatch(piece.Value)))
            {
                pieces.ForEach(piece => Cell(piece, tokens));
            }

            return;
        }

        if (text.Contains('\t', StringComparison.Ordinal))
        {
            Pieces(line, '\t').ForEach(piece => Cell(piece, tokens));
            return;
        }

        // A line of words: one cell per line, or a table flattened to one line with a blank between cells.
        var words = Word().Matches(text);
        foreach (Match word in words)
        {
            tokens.Add(Value(line.Slice(word.Index, word.Length)) with { Alone = words.Count == 1 });
        }
    }

    /// <summary>A cell printed as such: empty, or its text without the blanks a wrap left between two characters.</summary>
    private static void Cell(SourceString cell, List<Token> tokens)
    {
        var trimmed = cell.Trim();
        tokens.Add(trimmed.Length == 0 ? Empty(cell) : Value(Unwrap(trimmed)));
    }

    private static SourceString Unwrap(SourceString text)
    {
        var keep = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) && i > 0 && i + 1 < text.Length && FormText.IsHan(text[i - 1]) && FormText.IsHan(NextVisible(text, i)))
            {
                continue;
            }

            keep.Add(i);
        }

        return keep.Count == text.Length ? text : Keep(text, keep);
    }

    /// <summary>The characters at <paramref name="keep"/> (ascending), each with its source and printed form.</summary>
    private static SourceString Keep(SourceString text, List<int> keep)
    {
        var runs = new List<SourceString>();
        for (var k = 0; k < keep.Count;)
        {
            var end = k;
            while (end + 1 < keep.Count && keep[end + 1] == keep[end] + 1)
            {
                end++;
            }

            runs.Add(text.Slice(keep[k], keep[end] - keep[k] + 1));
            k = end + 1;
        }

        return SourceString.Concat(runs);
    }

    private static char NextVisible(SourceString text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i < text.Length ? text[i] : ' ';
    }

    /// <summary>A cell's text with its paragraph tags (&lt;p&gt;, &lt;br&gt;) taken out.</summary>
    private static SourceString Untag(SourceString cell)
    {
        var tags = Tag().Matches(cell.Value);
        if (tags.Count == 0)
        {
            return cell;
        }

        return Keep(cell, [.. Enumerable.Range(0, cell.Length).Where(i => !tags.Any(tag => i >= tag.Index && i < tag.Index + tag.Length))]);
    }

    private static List<SourceString> Pieces(SourceString line, char separator)
    {
        var pieces = new List<SourceString>();
        var start = 0;
        for (var i = 0; i <= line.Length; i++)
        {
            if (i == line.Length || line[i] == separator)
            {
                pieces.Add(line.Slice(start, i - start));
                start = i + 1;
            }
        }

        return pieces;
    }

    private static Token Empty(SourceString at) => new(at, "", TokenRole.Empty);

    private static Token Value(SourceString text) => new(text, FormText.KeyOf(text.Value), TokenRole.Value);

    [GeneratedRegex(@"<t[dh]\b[^>]*>(?<c>.*?)</t[dh]>", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlCell();

    [GeneratedRegex(@"</?(p|br|span|b|strong|i|em)\b[^>]*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex Tag();

    [GeneratedRegex(@"^\s*:?-{2,}:?\s*$")]
    private static partial Regex Rule();

    [GeneratedRegex(@"\S+")]
    private static partial Regex Word();
}
