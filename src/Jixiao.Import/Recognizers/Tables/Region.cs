namespace Jixiao.Import.Recognizers.Tables;

/// <summary>Rows of a table under one header row: <see cref="Header"/> is that row, the data follow up to <see cref="End"/> (exclusive).</summary>
internal sealed record Region(int Header, int End, IReadOnlyDictionary<int, Column> Columns)
{
    public bool Has(Column column) => Columns.Values.Contains(column);

    public int Of(Column column) => Columns.FirstOrDefault(pair => pair.Value == column) is { Value: not Column.None } pair && pair.Value == column ? pair.Key : -1;
}
