namespace Jixiao.Import.Documents.Pdf;

/// <summary>
/// The pages as the text the pipeline reads: a paragraph wrapped over lines (and over a page break) as one line made
/// of its printed lines, each appended with its own page and line; ruled tables as HTML rows; page furniture left out.
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
                    if (open is not null && paragraphs.RunsOn(open, line, page.Width, samePage: open.Page == line.Page))
                    {
                        builder.Markup(Paragraphs.Joint(open, line, inCell: false));
                    }
                    else if (open is not null)
                    {
                        builder.EndLine();
                    }

                    builder.Append(line.Text, line.Place());
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
}
