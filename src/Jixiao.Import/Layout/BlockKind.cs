namespace Jixiao.Import.Layout;

internal enum BlockKind
{
    /// <summary>A title that opens a section.</summary>
    Heading,

    /// <summary>Running text, possibly led by an outline number.</summary>
    Paragraph,

    /// <summary>A table with rows and cells.</summary>
    Table,
}
