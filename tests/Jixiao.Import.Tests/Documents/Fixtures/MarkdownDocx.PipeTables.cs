using System.Text.RegularExpressions;

namespace Jixiao.Import.Tests.Documents.Fixtures;

/// <summary>
/// Markdown pipe tables. A table the text broke at a page (a pipe table after blank lines or a page number, with the
/// same columns, going on from an empty row, a repeated header or an empty first cell) is one table, as it was in
/// Word; a row the break cut in two (the second part's text only under text) is one row again.
/// </summary>
internal static partial class MarkdownDocx
{
    private static List<List<CellText>> PipeRows(string[] lines, ref int i)
    {
        var rows = new List<List<CellText>>();
        for (var afterBreak = false; ; afterBreak = true)
        {
            for (; i < lines.Length && IsPipeRow(lines[i]); i++)
            {
                var row = PipeCells(lines[i]);
                if (PipeSeparator().IsMatch(lines[i]) || (afterBreak && (row.All(cell => cell.Paragraphs.Count == 0) || rows.Any(above => Same(above, row)))))
                {
                    continue;
                }

                if (afterBreak && row.Count == rows[^1].Count && row[0].Paragraphs.Count == 0
                    && row.Select((cell, c) => cell.Paragraphs.Count == 0 || rows[^1][c].Paragraphs.Count > 0).All(underText => underText))
                {
                    rows[^1] = [.. rows[^1].Zip(row, (above, below) => above with { Paragraphs = Joined(above.Paragraphs, below.Paragraphs) })];
                }
                else
                {
                    rows.Add(row);
                }

                afterBreak = false;
            }

            var next = NextText(lines, i);
            if (rows.Count == 0 || next == lines.Length || !IsPipeRow(lines[next]) || PipeCells(lines[next]) is not { } first
                || first.Count != rows[0].Count || !(first[0].Paragraphs.Count == 0 || rows.Any(above => Same(above, first))))
            {
                return rows;
            }

            i = next;
        }
    }

    private static bool IsPipeRow(string line) => line.TrimStart().StartsWith('|');

    private static List<CellText> PipeCells(string line)
    {
        var cells = line.Trim().Split('|').Skip(1).ToList();
        if (cells.Count > 0 && cells[^1].Trim().Length == 0)
        {
            cells.RemoveAt(cells.Count - 1);
        }

        return [.. cells.Select(cell => new CellText(Paragraphs(cell)))];
    }

    /// <summary>The next line with text, past blank lines and page numbers: where a table the text broke at a page goes on.</summary>
    private static int NextText(string[] lines, int i)
    {
        while (i < lines.Length && (lines[i].Trim().Length == 0 || Layout.PageNumbers.IsPageNumber(lines[i].Trim())))
        {
            i++;
        }

        return i;
    }

    /// <summary>A cell's paragraphs with those the page break carried below: the paragraph cut in two joined again.</summary>
    private static List<string> Joined(List<string> above, List<string> below) =>
        above.Count == 0 || below.Count == 0 ? [.. above, .. below] : [.. above.SkipLast(1), above[^1] + below[0], .. below.Skip(1)];

    private static bool Same(List<CellText> a, List<CellText> b) =>
        a.Count == b.Count && a.Zip(b).All(pair => pair.First.Paragraphs.SequenceEqual(pair.Second.Paragraphs));

    [GeneratedRegex(@"^\s*\|?[\s|:]*-[\s|:-]*$")]
    private static partial Regex PipeSeparator();
}
