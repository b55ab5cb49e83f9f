namespace Jixiao.Import.Documents;

/// <summary>
/// Where a piece of a Word, PDF or Excel document was printed, as its reader would look for it:
/// <see cref="Line"/> is the paragraph of a Word document, the line on <see cref="Page"/> of a PDF,
/// or the row of a sheet; <see cref="Column"/> the character in it (the column of a sheet);
/// <see cref="Cell"/> the table cell ("表 2 第 3 行第 4 列", or "自评表!D7" in a workbook).
/// </summary>
internal readonly record struct Place(int Line, int Column, int? Page = null, string? Cell = null);
