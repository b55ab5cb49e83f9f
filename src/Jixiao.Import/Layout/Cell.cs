using Jixiao.Import.Text;

namespace Jixiao.Import.Layout;

/// <summary>A table cell: its paragraphs (split at &lt;p&gt; and &lt;br&gt;) and their text joined.</summary>
internal sealed class Cell(IReadOnlyList<SourceString> paragraphs)
{
    public IReadOnlyList<SourceString> Paragraphs { get; } = paragraphs;

    public SourceString Text { get; } = SourceString.Concat(paragraphs);

    public bool IsEmpty => Text.Length == 0;

    public override string ToString() => Text.Value;
}
