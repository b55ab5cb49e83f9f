using Jixiao.Domain.Model;
using Jixiao.Import.Layout;
using Jixiao.Import.Recognizers;
using Jixiao.Import.Text;

namespace Jixiao.Import.Extraction;

/// <summary>What the recognizers read: the source, its normalized lines and its outline.</summary>
internal sealed class Document
{
    public Document(string text)
        : this(new SourceText(text))
    {
    }

    public Document(SourceText source)
    {
        Source = source;
        Lines = Normalizer.Lines(Source);
        if (DocumentTitle.AnotherReport(Lines) is { } another)
        {
            // A page that runs on into the start of another unit's report: only the first is this document.
            Appended = (another, Lines[another].Value);
            Lines = Lines[..another];
        }

        Outline = new Outline(Segmenter.Segment(Lines, Source.Document?.Tables, Source));
    }

    /// <summary>Where another unit's report begins, after this one ended (its line index and title), or null.</summary>
    public (int Line, string Title)? Appended { get; }

    public SourceText Source { get; }

    public List<SourceString> Lines { get; }

    /// <summary>
    /// The lines with text, normalized with the spaces between words kept and page furniture left out:
    /// what the readers of tables printed as text go through. Built once, when first asked for.
    /// </summary>
    public List<SourceString> PrintedLines => _printed ??= [.. SpacedLines.Where(line => line.Length > 0 && !PageNumbers.IsFurniture(line.Value))];

    /// <summary>Every physical line normalized with the spaces between words kept, one per line of the source.</summary>
    public List<SourceString> SpacedLines => _spaced ??= [.. Normalizer.Lines(Source, keepSpaces: true).Take(Lines.Count)];

    private List<SourceString>? _printed;
    private List<SourceString>? _spaced;

    private readonly Dictionary<Block, List<Mention>> _mentions = [];

    public Outline Outline { get; }

    public List<Block> Blocks => Outline.Blocks;

    /// <summary>True when block <paramref name="index"/> sits in a section about key projects, whose amounts are not the department's.</summary>
    public bool InKeyProjects(int index) => Outline.IsInside(index, SectionKind.KeyProjects);

    /// <summary>The numbers in a block's text, scanned once for all the readers of prose.</summary>
    public List<Mention> MentionsIn(Block block)
    {
        if (!_mentions.TryGetValue(block, out var mentions))
        {
            _mentions[block] = mentions = Mentions.Scan(block.Text.Value);
        }

        return mentions;
    }

    /// <summary>Where a piece of normalized text was printed, with its table cell when it stood in one.</summary>
    public Source Locate(SourceString text, string? cell = null) => text.Locate(Source, 0, text.Length, cell);
}
