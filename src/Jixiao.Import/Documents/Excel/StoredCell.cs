namespace Jixiao.Import.Documents.Excel;

/// <summary>A cell as the sheet stores it: its type (t: s, str, inlineStr, b, e, n, d), style index, stored value and inline text.</summary>
internal readonly record struct StoredCell(string? Type, uint? Style, string? Value, string? InlineText);
