using Jixiao.Domain.Model;
using Jixiao.Domain.Numbers;
using Jixiao.Import.Extraction;
using Jixiao.Import.Layout;

namespace Jixiao.Import.Recognizers.Tables;

/// <summary>What the column readers share: the table, its unit, and how to read and place a cell.</summary>
internal sealed record TableContext(Document Document, FieldBoard Board, Table Table, string Unit)
{
    public Cell? At(int row, int column) => column < 0 ? null : Table.At(row, column);

    public string Text(int row, int column) => At(row, column)?.Text.Value ?? "";

    /// <summary>A cell's text as printed, for the values that are text (names, targets): traditional characters and pinyin kept.</summary>
    public string Printed(int row, int column) => At(row, column)?.Text.Printed ?? "";

    /// <summary>A cell's text as printed, or null when it says nothing (<see cref="CellValues.Said(Cell?)"/>).</summary>
    public string? Said(int row, int column) => CellValues.Said(At(row, column));

    public Source Source(int row, int column) => CellValues.Locate(Document, Table, row, column);

    /// <summary>An amount cell in 万元, counting its unit; null when the cell holds no plain number.</summary>
    public decimal? Amount(int row, int column)
    {
        if (CellValues.Number(At(row, column)) is not { } number || number.Unit is "%" or "分")
        {
            return null;
        }

        var unit = number.Unit.Length > 0 ? number.Unit : Unit;
        var amount = Money.ToWan(number.Value, unit);
        if (amount is not null)
        {
            Board.CountUnit(unit);
        }

        return amount;
    }

    /// <summary>A plain number cell (points, percent) as printed.</summary>
    public decimal? Number(int row, int column) => CellValues.Number(At(row, column))?.Value;

    /// <summary>The row's label: its first filled cell that is not a number.</summary>
    public (int Column, string Text) Label(int row)
    {
        var cells = Table.Rows[row];
        for (var c = 0; c < cells.Count; c++)
        {
            if (!cells[c].IsEmpty && CellValues.Number(cells[c]) is null)
            {
                return (c, cells[c].Text.Value);
            }
        }

        return (-1, "");
    }
}
