using Jixiao.Import.Layout;
using Jixiao.Import.Text;

namespace Jixiao.Import.Extraction;

/// <summary>What the recognizers read: the source, its normalized lines and its outline.</summary>
internal sealed class Document
{
    public Document(string text)
    {
        Source = new SourceText(text);
        Lines = Normalizer.Lines(Source);
        Outline = new Outline(Segmenter.Segment(Lines));
    }

    public SourceText Source { get; }

    public List<SourceString> Lines { get; }

    /// <summary>The lines normalized with the spaces between words kept, as tables printed as text need them.</summary>
    public List<SourceString> SpacedLines => _spaced ??= Normalizer.Lines(Source, keepSpaces: true);

    private List<SourceString>? _spaced;

    public Outline Outline { get; }

    public List<Block> Blocks => Outline.Blocks;

    /// <summary>True when block <paramref name="index"/> sits in a section about key projects, whose amounts are not the department's.</summary>
    public bool InKeyProjects(int index) => Outline.IsInside(index, SectionKind.KeyProjects);
}
