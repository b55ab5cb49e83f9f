using System.Data.Common;
using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Jixiao.Storage.Backups;

/// <summary>
/// Reads a backup (<see cref="Backup"/>) into an empty database, in one transaction: a restore that fails leaves the
/// database empty. Returns the rows per table, or the problem that stopped it (in Chinese, naming the place).
/// </summary>
internal static class Restore
{
    public static (IReadOnlyDictionary<string, long>? Counts, string? Problem) Run(JixiaoStore store, Stream input)
    {
        ArgumentNullException.ThrowIfNull(store);
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(input, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException e)
        {
            return (null, $"不是 jixiao 备份文件（不是 zip：{e.Message}）");
        }

        using (zip)
        {
            if (ReadManifest(zip) is not { } manifest)
            {
                return (null, "不是 jixiao 备份文件（缺少 manifest.json 或格式不对）");
            }

            using var db = store.NewDb();
            var tables = TableShape.Of(db);
            if (manifest["schema"]?.GetValue<string>() is { } schema && schema != Backup.Schema(db))
            {
                return (null, $"备份的数据库结构（{schema}）与当前版本（{Backup.Schema(db)}）不同，请用相同版本的 jixiao 恢复");
            }

            if (db.Evaluations.Any() || db.Departments.Any() || db.Files.Any() || db.Audit.Any())
            {
                return (null, "数据库中已有数据；恢复只写入空数据库，请用 --db 指定一个新的数据库");
            }

            db.Database.OpenConnection();
            using var transaction = db.Database.BeginTransaction();
            var counts = new Dictionary<string, long>();
            foreach (var table in tables)
            {
                var columns = manifest["tables"]?[table.Name]?["columns"]?.AsArray().Select(c => c!.GetValue<string>()).ToList();
                if (columns is null || !columns.SequenceEqual(table.Columns.Select(c => c.Column)))
                {
                    return (null, $"manifest.json：表 {table.Name} 的列与当前数据库结构不符");
                }

                var entry = zip.GetEntry($"tables/{table.Name}.jsonl");
                if (entry is null)
                {
                    return (null, $"备份中缺少 tables/{table.Name}.jsonl");
                }

                var (rows, problem) = ReadTable(db, transaction, table, entry);
                if (problem is not null)
                {
                    return (null, problem);
                }

                var expected = manifest["tables"]![table.Name]!["rows"]!.GetValue<long>();
                if (rows != expected)
                {
                    return (null, $"tables/{table.Name}.jsonl 有 {rows} 行，manifest.json 写的是 {expected} 行（备份不完整？）");
                }

                counts[table.Name] = rows;
            }

            if (store.Location.Provider == StoreProvider.Postgres)
            {
                // Rows came with their ids; the identity sequences go on after the largest.
                foreach (var table in tables)
                {
                    // The table names are the model's own (TableShape), never user input.
#pragma warning disable EF1002
                    db.Database.ExecuteSqlRaw($"SELECT setval(pg_get_serial_sequence('\"{table.Name}\"', 'id'), COALESCE((SELECT MAX(\"id\") FROM \"{table.Name}\"), 0) + 1, false)");
#pragma warning restore EF1002
                }
            }

            transaction.Commit();
            return (counts, null);
        }
    }

    private static JsonNode? ReadManifest(ZipArchive zip)
    {
        if (zip.GetEntry("manifest.json") is not { } entry)
        {
            return null;
        }

        try
        {
            using var stream = entry.Open();
            var manifest = JsonNode.Parse(stream);
            return manifest?["format"]?.GetValue<string>() == Backup.Format && manifest["version"]?.GetValue<int>() == Backup.Version ? manifest : null;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    private static (long Rows, string? Problem) ReadTable(JixiaoDb db, IDbContextTransaction transaction, TableShape table, ZipArchiveEntry entry)
    {
        using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        var parameters = table.Columns.Select((_, i) => Parameter(command, i)).ToArray();
        command.CommandText = table.Insert(i => parameters[i].ParameterName.StartsWith('@') ? parameters[i].ParameterName : "@" + parameters[i].ParameterName);
        using var reader = new StreamReader(entry.Open());
        long rows = 0;
        while (reader.ReadLine() is { } line)
        {
            rows++;
            try
            {
                var values = JsonNode.Parse(line)!.AsArray();
                if (values.Count != table.Columns.Count)
                {
                    return (rows, $"tables/{table.Name}.jsonl 第 {rows} 行：应有 {table.Columns.Count} 列，实有 {values.Count} 列");
                }

                for (var i = 0; i < values.Count; i++)
                {
                    parameters[i].Value = Value(values[i], table.Columns[i].Type) ?? DBNull.Value;
                }

                command.ExecuteNonQuery();
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
            {
                return (rows, $"tables/{table.Name}.jsonl 第 {rows} 行：无法读取（{e.Message}）");
            }
        }

        return (rows, null);
    }

    private static DbParameter Parameter(DbCommand command, int index)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@p" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
        command.Parameters.Add(parameter);
        return parameter;
    }

    private static object? Value(JsonNode? node, Type type) =>
        node is null ? null
        : type == typeof(long) ? node.GetValue<long>()
        : type == typeof(int) ? node.GetValue<int>()
        : type == typeof(bool) ? node.GetValue<bool>()
        : type == typeof(byte[]) ? Convert.FromBase64String(node.GetValue<string>())
        : node.GetValue<string>();
}
