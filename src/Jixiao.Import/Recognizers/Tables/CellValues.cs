using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Domain.Model;
using Jixiao.Domain.Numbers;
using Jixiao.Import.Extraction;
using Jixiao.Import.Layout;

namespace Jixiao.Import.Recognizers.Tables;

/// <summary>Reading one cell: a number only when the whole cell is one (「2395.15」「99.99%」「16.6万元」); its source names the cell.</summary>
internal static partial class CellValues
{
    public static (decimal Value, string Unit)? Number(Cell? cell) => cell is null || cell.IsEmpty ? null : Number(cell.Text.Value);

    /// <summary>A cell's text that is one number, with its unit when printed (「4206.30」「99.40%」「96.2分」), or null.</summary>
    public static (decimal Value, string Unit)? Number(string text)
    {
        var match = WholeNumber().Match(text);
        return match.Success && decimal.TryParse(match.Groups["n"].ValueSpan, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value <= Money.Largest
            ? (value, match.Groups["u"].Value)
            : null;
    }

    public static Source Locate(Document document, Table table, int row, int column)
    {
        var cell = table.At(row, column)!;
        return cell.Text.Length == 0 ? new Source { Cell = table.Place(row, column) } : document.Locate(cell.Text, table.Place(row, column));
    }

    /// <summary>A cell's paragraphs as blocks, each with its outline number, for the list splitter.</summary>
    public static List<Block> Paragraphs(Cell cell) =>
    [
        .. cell.Paragraphs.Select(paragraph =>
        {
            var marker = Marker.Read(paragraph.Value) is { Style: not MarkerStyle.Inline } read ? read : null;
            return new Block { Kind = BlockKind.Paragraph, Marker = marker, Text = marker is null ? paragraph : paragraph.Slice(marker.Length).Trim() };
        }),
    ];

    /// <summary>The first non-empty cell right of <paramref name="column"/>, or -1.</summary>
    public static int NextFilled(List<Cell> row, int column)
    {
        for (var i = column + 1; i < row.Count; i++)
        {
            if (!row[i].IsEmpty)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A cell's text, or null when it says nothing: empty, 「—」, 「/」 or 「无」.</summary>
    private static string? Said(string text) => text.Trim() is "" or "—" or "-" or "/" or "／" or "——" or "无" ? null : text;

    /// <summary>A cell's text as printed, or null when it says nothing (read in any script: 「無」 is 「无」).</summary>
    public static string? Said(Cell? cell) => cell is null || Said(cell.Text.Value) is null ? null : cell.Text.Printed;

    [GeneratedRegex(@"^\s*(?<n>\d+(?:\.\d+)?)\s*(?<u>" + Money.Units + @"|%|分)?\s*$")]
    private static partial Regex WholeNumber();
}
