using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Jixiao.Storage.Backups;

/// <summary>
/// `db backup` / `db restore`: every row of every table, column by column, in a zip of JSON Lines (one file per
/// table, a manifest with the schema and row counts). The form is the same for SQLite and PostgreSQL, so a backup
/// of one restores into the other. Values are written as stored (scaled integers, millisecond times, bytes in
/// base64): a restore gives back exactly what was backed up, ids included.
/// </summary>
internal static class Backup
{
    public const string Format = "jixiao-backup";
    public const int Version = 1;

    /// <summary>Writes the backup to <paramref name="output"/> inside one read transaction (a consistent snapshot); returns the rows per table.</summary>
    public static IReadOnlyDictionary<string, long> Write(JixiaoStore store, Stream output)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var db = store.NewDb();
        db.Database.OpenConnection();
        using var transaction = db.Database.BeginTransaction(System.Data.IsolationLevel.Serializable);
        var counts = new Dictionary<string, long>();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var table in TableShape.Of(db))
            {
                var entry = zip.CreateEntry($"tables/{table.Name}.jsonl", CompressionLevel.Fastest);
                using var stream = entry.Open();
                counts[table.Name] = WriteTable(db, table, stream);
            }

            var manifest = new JsonObject
            {
                ["format"] = Format,
                ["version"] = Version,
                ["schema"] = Schema(db),
                ["provider"] = store.Location.Provider.ToString(),
                ["createdAt"] = store.Clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
                ["tables"] = new JsonObject(TableShape.Of(db).Select(table => KeyValuePair.Create(table.Name, (JsonNode?)new JsonObject
                {
                    ["columns"] = new JsonArray([.. table.Columns.Select(c => (JsonNode?)JsonValue.Create(c.Column))]),
                    ["rows"] = counts[table.Name],
                }))),
            };
            using var writer = new StreamWriter(zip.CreateEntry("manifest.json").Open());
            writer.Write(manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        }

        transaction.Commit();
        return counts;
    }

    /// <summary>The name of the newest migration applied (without its timestamp, which differs between providers).</summary>
    public static string Schema(JixiaoDb db) =>
        db.Database.GetAppliedMigrations().LastOrDefault() is { } id ? id[(id.IndexOf('_', StringComparison.Ordinal) + 1)..] : "";

    private static long WriteTable(JixiaoDb db, TableShape table, Stream stream)
    {
        using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        command.CommandText = table.Select;
        using var reader = command.ExecuteReader();
        using var writer = new Utf8JsonWriter(stream);
        long rows = 0;
        while (reader.Read())
        {
            writer.WriteStartArray();
            for (var i = 0; i < table.Columns.Count; i++)
            {
                switch (table.Read(reader, i))
                {
                    case null: writer.WriteNullValue(); break;
                    case long number: writer.WriteNumberValue(number); break;
                    case int number: writer.WriteNumberValue(number); break;
                    case bool flag: writer.WriteBooleanValue(flag); break;
                    case string text: writer.WriteStringValue(text); break;
                    case byte[] bytes: writer.WriteBase64StringValue(bytes); break;
                }
            }

            writer.WriteEndArray();
            writer.Flush();
            stream.WriteByte((byte)'\n');
            writer.Reset();
            rows++;
        }

        return rows;
    }
}
