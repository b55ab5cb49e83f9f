using Jixiao.Import.Layout;

namespace Jixiao.Import.Recognizers.Tables;

/// <summary>
/// Splits a table at its header rows: a row naming two or more known columns starts a region whose data rows
/// are read by column; rows before the first header are label → value rows.
/// </summary>
internal static class Regions
{
    public static List<Region> Of(Table table)
    {
        var headers = new List<(int Row, Dictionary<int, Column> Columns)>();
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var columns = new Dictionary<int, Column>();
            var row = table.Rows[r];
            for (var c = 0; c < row.Count; c++)
            {
                if (row[c].Text.Length <= 24 && ColumnNames.Of(row[c].Text.Value) is var column and not Column.None)
                {
                    columns[c] = column;
                }
            }

            // A header names columns; a row that also holds numbers is label → value pairs (年初预算数 | 1200.00 | 全年预算数 | …).
            if (columns.Values.Count(column => column != Column.Label) >= 2 && !row.Any(cell => CellValues.Number(cell) is not null))
            {
                headers.Add((r, columns));
            }
        }

        var regions = headers.Select((header, i) => new Region(header.Row, i + 1 < headers.Count ? headers[i + 1].Row : table.Rows.Count, header.Columns)).ToList();
        foreach (var region in regions)
        {
            Align(table, region);
        }

        return regions;
    }

    /// <summary>
    /// A row with fewer cells than its header lost cells at its start (a text export drops those a merged cell
    /// spans), so its cells are moved right to stand under the header's columns.
    /// </summary>
    private static void Align(Table table, Region region)
    {
        var width = table.Rows[region.Header].Count;
        for (var r = region.Header + 1; r < region.End; r++)
        {
            var row = table.Rows[r];
            if (row.Count < width && row.Count > 1)
            {
                row.InsertRange(0, Enumerable.Range(0, width - row.Count).Select(_ => new Cell([])));
            }
        }
    }

    /// <summary>Whether row <paramref name="r"/> is a header or lies under one.</summary>
    public static bool InRegion(IEnumerable<Region> regions, int r) => regions.Any(region => r >= region.Header && r < region.End);
}
