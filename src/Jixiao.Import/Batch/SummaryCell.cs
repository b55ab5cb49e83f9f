namespace Jixiao.Import.Batch;

/// <summary>A cell of the summary workbook: a text or a decimal (or nothing), its style, and the file it links to.</summary>
internal readonly record struct SummaryCell(object? Value, uint Style = 0, string? Target = null)
{
    public static SummaryCell Text(string? text, uint style = 0) => new(string.IsNullOrEmpty(text) ? null : text, style);

    public static SummaryCell Number(decimal? number, uint style) => new(number, style);

    public static SummaryCell Linked(string? text, string? target) =>
        string.IsNullOrEmpty(text) ? default : new(text, target is null ? 0 : SummaryWorkbook.Link, target);

    public static implicit operator SummaryCell(string? text) => Text(text);
}
