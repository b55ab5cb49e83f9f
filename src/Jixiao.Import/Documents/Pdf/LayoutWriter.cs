namespace Jixiao.Import.Documents.Pdf;

/// <summary>
/// The pages as the text the pipeline reads: a paragraph wrapped over lines (and over a page break) as one line made
/// of its printed lines, each appended with its own page and line; ruled tables as HTML rows; page furniture left out.
/// A printed line that holds two lines of its source (a space for a line break, <see cref="SoftBreaks"/>) is two lines.
/// </summary>
internal static class LayoutWriter
{
    public static LaidOutText Write(IReadOnlyList<PageText> pages)
    {
        TableRuns.Join(pages);
        var paragraphs = Paragraphs.Measure(pages);
        var builder = new LaidOutText.Builder();
        var tables = 0;
        TextLine? open = null;
        var titled = false;
        var paragraph = "";
        var row = 0;
        foreach (var page in pages)
        {
            foreach (var block in page.Blocks)
            {
                if (block is TextLine { IsFurniture: true })
                {
                    continue;
                }

                if (block is TextLine line)
                {
                    var runsOn = open is not null && !titled && paragraphs.RunsOn(open, line, page.Width, samePage: open.Page == line.Page, paragraph, row);
                    if (runsOn)
                    {
                        builder.Markup(Paragraphs.Joint(open!, line, inCell: false));
                    }
                    else if (open is not null)
                    {
                        builder.EndLine();
                    }

                    titled = Append(builder, line, out var lastSource);
                    paragraph = runsOn && lastSource == 0 ? paragraph + line.Text : line.Text[lastSource..];
                    row = Paragraphs.RowNumber(line.Text) ?? row;
                    open = line;
                }
                else if (block is RuledTable table)
                {
                    if (open is not null)
                    {
                        builder.EndLine();
                        open = null;
                    }

                    TableWriter.Write(builder, table, ++tables, paragraphs);
                }
            }
        }

        if (open is not null)
        {
            builder.EndLine();
        }

        return builder.Build();
    }

    /// <summary>
    /// A line's text; where it holds two lines of its source (<see cref="SoftBreaks"/>), as two lines. True when it ends
    /// with a numbered title so broken off: the next line does not run on from it. <paramref name="lastSource"/> is where
    /// the last line of its source begins.
    /// </summary>
    private static bool Append(LaidOutText.Builder builder, TextLine line, out int lastSource)
    {
        var (text, start) = (line.Text, 0);
        for (var next = SoftBreaks.Next(text, 0); next > 0; next = SoftBreaks.Next(text, next))
        {
            builder.Append(text[start..next].TrimEnd(), line.Place() with { Column = 1 + start }).EndLine();
            start = next;
        }

        builder.Append(start == 0 ? text : text[start..], line.Place() with { Column = 1 + start });
        lastSource = start;
        return start > 0 && SoftBreaks.IsTitle(text, start);
    }
}
