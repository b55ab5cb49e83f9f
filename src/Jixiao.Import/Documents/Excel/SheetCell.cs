namespace Jixiao.Import.Documents.Excel;

/// <summary>A cell that shows text: its column (1-based) and the text as shown, line breaks (Alt+Enter) kept as \n.</summary>
internal readonly record struct SheetCell(int Column, string Text);
