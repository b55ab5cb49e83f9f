namespace Jixiao.Import.Documents.Excel;

/// <summary>A row of a sheet with the cells that show text, by ascending column.</summary>
internal sealed record SheetRow(int Number, List<SheetCell> Cells);
