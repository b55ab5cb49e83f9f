using System.Globalization;
using Jixiao.Domain.Numbers;
using Jixiao.Storage.Reports;
using Spectre.Console;

namespace Jixiao.Cli.Commands.Db;

/// <summary>A sheet printed as a table (with its notes), or written as an .xlsx through a temporary file.</summary>
internal static class SheetOutput
{
    public static void Print(CliOutput io, Sheet sheet)
    {
        var table = new Table().AddColumns([.. sheet.Headers.Select(Markup.Escape)]);
        foreach (var row in sheet.Rows)
        {
            table.AddRow([.. row.Select(cell => Markup.Escape(cell switch
            {
                null => "—",
                decimal value => Number.Show(value),
                IFormattable value => value.ToString(null, CultureInfo.InvariantCulture),
                _ => cell.ToString()!.Replace("\n", "；", StringComparison.Ordinal),
            }))]);
        }

        io.Console.Write(table);
        foreach (var note in sheet.Notes)
        {
            io.Out.WriteLine(note);
        }
    }

    /// <summary>Writes the workbook, or returns why it could not be written.</summary>
    public static string? Write(string path, IReadOnlyList<Sheet> sheets)
    {
        var full = Path.GetFullPath(path);
        var temporary = full + ".tmp-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        try
        {
            using (var stream = File.Create(temporary))
            {
                Workbook.Write(stream, sheets);
            }

            File.Move(temporary, full, overwrite: true);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
            return e is DirectoryNotFoundException ? "所在目录不存在" : $"无法写入（{e.Message}）";
        }
    }
}
