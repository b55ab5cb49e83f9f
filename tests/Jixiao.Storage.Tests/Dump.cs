using System.Globalization;
using System.Text;
using Jixiao.Storage.Backups;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Storage.Tests;

/// <summary>Every row of every table as text, column by column, in id order: two databases hold the same data when their dumps are equal.</summary>
internal static class Dump
{
    public static string Of(JixiaoStore store)
    {
        using var db = store.NewDb();
        db.Database.OpenConnection();
        var text = new StringBuilder();
        foreach (var table in TableShape.Of(db))
        {
            text.Append("== ").AppendLine(table.Name);
            using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = table.Select;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var values = Enumerable.Range(0, table.Columns.Count).Select(i => table.Read(reader, i) switch
                {
                    null => "null",
                    byte[] bytes => Convert.ToBase64String(bytes),
                    IFormattable value => value.ToString(null, CultureInfo.InvariantCulture),
                    var value => value.ToString(),
                });
                text.AppendLine(string.Join(" | ", values));
            }
        }

        return text.ToString();
    }
}
