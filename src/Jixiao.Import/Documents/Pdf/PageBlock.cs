namespace Jixiao.Import.Documents.Pdf;

/// <summary>What a page is read as: lines of text and ruled tables, placed by how high they stand.</summary>
internal abstract class PageBlock
{
    public abstract double Top { get; }

    public abstract double Bottom { get; }
}
