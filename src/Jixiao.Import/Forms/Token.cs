using Jixiao.Import.Text;

namespace Jixiao.Import.Forms;

/// <summary>What a cell of a printed form is to the form reader.</summary>
internal enum TokenRole
{
    /// <summary>Text or numbers: a value, a name, or words the form does not know.</summary>
    Value,

    /// <summary>A cell printed empty (「|  |」, a paragraph of blanks): a value that is absent, keeping the columns in step.</summary>
    Empty,

    /// <summary>One of the form's labels; <see cref="Token.Label"/> says which.</summary>
    Label,
}

/// <summary>
/// One cell of the stream a document yields, as printed (<see cref="Text"/>, with its place in the source) and as
/// labels are matched (<see cref="Key"/>: folded script, no blanks, ASCII brackets and colons). <see cref="Alone"/>: the
/// cell was a line of its own, as a table flattened to one cell a line prints it.
/// </summary>
internal sealed record Token(SourceString Text, string Key, TokenRole Role, FormLabel? Label = null, bool Alone = false)
{
    /// <summary>A label joined from a broken cell's lines with other cells printed between them: its place is not its column's.</summary>
    public bool Interleaved { get; init; }

    public bool IsEmpty => Role == TokenRole.Empty;

    public bool IsValue => Role == TokenRole.Value;

    public bool Is(LabelKind kind) => Label?.Kind == kind;

    public override string ToString() => Role switch
    {
        TokenRole.Empty => "∅",
        TokenRole.Label => $"[{Label!.Kind}:{Key}]",
        _ => Text.Value,
    };
}
