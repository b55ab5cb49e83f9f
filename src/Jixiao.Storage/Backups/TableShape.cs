using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Jixiao.Storage.Backups;

/// <summary>A table as the backup sees it: its name and columns with the CLR type each column holds in the database.</summary>
internal sealed record TableShape(string Name, IReadOnlyList<(string Column, Type Type)> Columns)
{
    /// <summary>Parents before children, so a restore inserts each row after the rows it refers to.</summary>
    private static readonly string[] s_order = ["departments", "files", "evaluations", "revisions", "findings", "reviews", "audit"];

    public static IReadOnlyList<TableShape> Of(JixiaoDb db)
    {
        var tables = db.Model.GetEntityTypes().Select(entity => new TableShape(
            entity.GetTableName()!,
            [.. entity.GetProperties().Select(property => (property.GetColumnName(), StoredType(property)))])).ToList();
        var unknown = tables.Select(t => t.Name).Except(s_order).ToList();
        return unknown.Count > 0
            ? throw new InvalidOperationException("Tables missing from the backup order: " + string.Join(", ", unknown))
            : [.. s_order.Select(name => tables.Single(t => t.Name == name))];
    }

    public string Select => $"SELECT {string.Join(", ", Columns.Select(c => Quote(c.Column)))} FROM {Quote(Name)} ORDER BY {Quote("id")}";

    public string Insert(Func<int, string> parameter) =>
        $"INSERT INTO {Quote(Name)} ({string.Join(", ", Columns.Select(c => Quote(c.Column)))}) VALUES ({string.Join(", ", Columns.Select((_, i) => parameter(i)))})";

    /// <summary>A value as read, made the same on every provider (SQLite gives every integer as long, a bool as 0 or 1).</summary>
    public object? Read(DbDataReader reader, int column)
    {
        if (reader.IsDBNull(column))
        {
            return null;
        }

        var type = Columns[column].Type;
        return type == typeof(long) ? reader.GetInt64(column)
            : type == typeof(int) ? Convert.ToInt32(reader.GetValue(column), System.Globalization.CultureInfo.InvariantCulture)
            : type == typeof(bool) ? Convert.ToBoolean(reader.GetValue(column), System.Globalization.CultureInfo.InvariantCulture)
            : type == typeof(string) ? reader.GetString(column)
            : type == typeof(byte[]) ? (byte[])reader.GetValue(column)
            : throw new InvalidOperationException($"No backup form for {type} in {Name}.{Columns[column].Column}.");
    }

    private static Type StoredType(IProperty property)
    {
        var type = property.GetTypeMapping().Converter?.ProviderClrType ?? property.ClrType;
        return Nullable.GetUnderlyingType(type) ?? type;
    }

    private static string Quote(string identifier) => "\"" + identifier + "\"";
}
