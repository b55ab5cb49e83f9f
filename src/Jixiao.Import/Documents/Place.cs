namespace Jixiao.Import.Documents;

/// <summary>
/// Where a piece of a Word, PDF or Excel document was printed, as its reader would look for it:
/// <see cref="Line"/> is the paragraph of a Word document, the line on <see cref="Page"/> of a PDF,
/// or the row of a sheet; <see cref="Column"/> the character in it (the column of a sheet);
/// <see cref="Cell"/> the table cell ("表 2 第 3 行第 4 列", or "自评表!D7" in a workbook).
/// A <see cref="Grid"/> place is a whole sheet cell: its column stays the sheet's column for any character in it.
/// </summary>
internal readonly record struct Place(int Line, int Column, int? Page = null, string? Cell = null, bool Grid = false);
