namespace Jixiao.Domain.Model;

/// <summary>
/// Where an extracted value was printed: 1-based line and column of its first and last character
/// in the source text, and the snippet as printed. <see cref="Page"/> and <see cref="Cell"/> name
/// the page and the table cell when the source has them ("表 2 第 3 行第 4 列").
/// </summary>
public sealed record Source
{
    public int Line { get; init; }

    public int Column { get; init; }

    public int EndLine { get; init; }

    public int EndColumn { get; init; }

    public string Snippet { get; init; } = "";

    public int? Page { get; init; }

    public string? Cell { get; init; }
}
