namespace Jixiao.Import.Tests.Documents.Fixtures;

public sealed partial class ProducedDocuments
{
    /// <summary>
    /// Two or more tab-separated lines (a range copied out of Excel) as a pipe table: what a clerk pasting them into an
    /// editor gets, and what our own fixture makes of them. Markdown has no tab tables: given as they are, pandoc would
    /// run the rows into one paragraph, a file no producer of the user's writes.
    /// </summary>
    internal static string TabTables(string text)
    {
        var lines = text.Split('\n');
        var output = new List<string>(lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            var end = i;
            while (end < lines.Length && lines[end].Contains('\t', StringComparison.Ordinal))
            {
                end++;
            }

            if (end - i < 2)
            {
                output.Add(lines[i]);
                continue;
            }

            var rows = lines[i..end].Select(line => line.TrimEnd('\r').Split('\t').Select(cell => cell.Trim().Replace("|", "\\|", StringComparison.Ordinal)).ToList()).ToList();
            var width = rows.Max(row => row.Count);
            output.Add("");
            for (var r = 0; r < rows.Count; r++)
            {
                output.Add("| " + string.Join(" | ", rows[r].Concat(Enumerable.Repeat("", width - rows[r].Count))) + " |");
                if (r == 0)
                {
                    output.Add("|" + string.Concat(Enumerable.Repeat("---|", width)));
                }
            }

            output.Add("");
            i = end - 1;
        }

        return string.Join('\n', output);
    }
}
