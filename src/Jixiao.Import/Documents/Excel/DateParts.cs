namespace Jixiao.Import.Documents.Excel;

/// <summary>The parts of a date or time a format shows.</summary>
[Flags]
internal enum DateParts
{
    None = 0,
    Year = 1,
    Month = 2,
    Day = 4,
    Hour = 8,
    Minute = 16,
    Second = 32,
}
