using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Jixiao.Storage.Saving;

/// <summary>
/// Appends rows with multi-row INSERT statements on the context's connection and transaction, the columns and
/// conversions taken from the EF model. EF's SaveChanges sends one statement per row to SQLite (about 0.2 ms each
/// on our machines): a batch of 100 evaluations with their files, findings and audit lines took 250 ms that way and
/// takes a tenth of it this way. The ids the database gives are read back by the caller with a query on a unique key.
/// </summary>
internal static class Bulk
{
    /// <summary>
    /// Parameters a statement. SQLite looks each named parameter up by a scan of the statement's names, so a statement's
    /// cost grows with the square of its parameters: a few hundred is its best. PostgreSQL takes 65,535; a large
    /// statement saves round trips.
    /// </summary>
    private static int MaxParameters(JixiaoDb db) => db.Provider == StoreProvider.Sqlite ? 400 : 8000;

    public static void Insert<T>(JixiaoDb db, IReadOnlyCollection<T> rows)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T)} is not in the model.");
        var columns = entity.GetProperties().Where(property => !property.IsPrimaryKey()).ToList();
        var perChunk = Math.Max(1, MaxParameters(db) / columns.Count);
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Bulk inserts run inside the caller's transaction.");
        foreach (var chunk in rows.Chunk(perChunk))
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var values = new List<string>(chunk.Length);
            for (var r = 0; r < chunk.Length; r++)
            {
                var names = new string[columns.Count];
                for (var c = 0; c < columns.Count; c++)
                {
                    names[c] = "@p" + (r * columns.Count + c).ToString(CultureInfo.InvariantCulture);
                    command.Parameters.Add(Parameter(command, names[c], columns[c], chunk[r]));
                }

                values.Add("(" + string.Join(", ", names) + ")");
            }

            command.CommandText = $"INSERT INTO \"{entity.GetTableName()}\" ({string.Join(", ", columns.Select(c => "\"" + c.GetColumnName() + "\""))}) VALUES {string.Join(", ", values)}";
            command.ExecuteNonQuery();
        }
    }

    /// <summary>Runs one statement with positional values (@p0, @p1 …) and returns the rows it changed.</summary>
    public static int Execute(JixiaoDb db, string sql, params object[] values)
    {
        using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = sql;
        for (var i = 0; i < values.Length; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@p" + i.ToString(CultureInfo.InvariantCulture);
            parameter.Value = values[i];
            command.Parameters.Add(parameter);
        }

        return command.ExecuteNonQuery();
    }

    private static DbParameter Parameter(DbCommand command, string name, IProperty property, object row)
    {
        var value = property.GetGetter().GetClrValue(row);
        if (value is not null && property.GetTypeMapping().Converter is { } converter)
        {
            value = converter.ConvertToProvider(value);
        }

        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        return parameter;
    }
}
