using System.Globalization;

namespace Jixiao.Import.Documents.Excel;

/// <summary>A cell's row and column (1-based) as an A1 reference names them: "C7" is column 3, row 7.</summary>
internal readonly record struct CellReference(int Row, int Column)
{
    /// <summary>Excel's last column, XFD.</summary>
    public const int MaxColumn = 16384;

    /// <summary>Excel's last row.</summary>
    public const int MaxRow = 1048576;

    /// <summary>"C7" (or "$C$7") as row and column; null when it is no cell reference within a sheet's bounds.</summary>
    public static CellReference? Parse(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        var column = 0;
        var i = text.Length > 0 && text[0] == '$' ? 1 : 0;
        for (; i < text.Length && char.IsAsciiLetter(text[i]); i++)
        {
            column = (column * 26) + (char.ToUpperInvariant(text[i]) - 'A' + 1);
            if (column > MaxColumn)
            {
                return null;
            }
        }

        if (i < text.Length && text[i] == '$')
        {
            i++;
        }

        return column > 0 && int.TryParse(text[i..], NumberStyles.None, CultureInfo.InvariantCulture, out var row) && row is >= 1 and <= MaxRow
            ? new CellReference(row, column)
            : null;
    }

    /// <summary>The column's letters: 1 → A, 27 → AA.</summary>
    public static string Letters(int column)
    {
        var letters = new Stack<char>();
        for (; column > 0; column = (column - 1) / 26)
        {
            letters.Push((char)('A' + ((column - 1) % 26)));
        }

        return new string([.. letters]);
    }

    public override string ToString() => Letters(Column) + Row.ToString(CultureInfo.InvariantCulture);
}
