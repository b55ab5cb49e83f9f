using System.Diagnostics;
using Jixiao.Storage.Tests.Databases;

namespace Jixiao.Storage.Tests;

/// <summary>
/// A `jixiao db import` process killed in the middle leaves a consistent database, and the same import run again
/// completes it without storing anything twice; two processes importing the same folder at once store each file once.
/// </summary>
public abstract partial class KilledImportTests(IDatabases databases) : StoreTestBase(databases)
{
    private const int Files = 1500;

    /// <summary>Killed once this many files were reported: a few committed batches in, far from the end.</summary>
    private const int KillAfter = 250;

    [Fact]
    public async Task Import_KilledMidway_LeavesAConsistentDatabaseAndResumesWithoutDuplicates()
    {
        var location = Databases.NewDatabase();
        using var folder = ImportFolders.Many(Files);

        var reported = await ImportUntilKilled(folder.Path, location.ConnectionString);

        var store = JixiaoStore.Open(location);
        Assert.Empty(Consistency.Problems(store));
        int storedBefore;
        using (var db = store.NewDb())
        {
            storedBefore = db.Revisions.Count();
            Assert.True(storedBefore >= KillAfter - Jixiao.Storage.Importing.StoredImport.MaxBatch, $"{storedBefore} stored, {reported} reported");
            Assert.True(storedBefore < Files, $"the import finished before it was killed ({storedBefore} stored)");
            Assert.Equal(storedBefore, db.Files.Count());
        }

        var (exit, output, error) = InProcess.Run("db", "import", folder.Path, "--db", location.ConnectionString);

        Assert.Equal("", error);
        Assert.Equal(0, exit);
        Assert.EndsWith($"入库 {Files - storedBefore}，此前已入库 {storedBefore}，失败 0，跳过 0。数据库：{location.Display}", output.TrimEnd(), StringComparison.Ordinal);
        using (var db = store.NewDb())
        {
            Assert.Equal(Files, db.Evaluations.Count());
            Assert.Equal(Files, db.Revisions.Count());
            Assert.Equal(Files, db.Files.Count());
        }

        Assert.Empty(Consistency.Problems(store));
    }

    [Fact]
    public async Task Import_TwoProcessesAtOnce_StoreEachFileOnce()
    {
        const int files = 400;
        var location = Databases.NewDatabase();
        JixiaoStore.Open(location);
        using var folder = ImportFolders.Many(files);

        var outputs = await Task.WhenAll(ImportToEnd(folder.Path, location.ConnectionString), ImportToEnd(folder.Path, location.ConnectionString));

        Assert.All(outputs, output => Assert.Equal(0, output.Exit));
        var counts = outputs.Select(output => Counts().Match(output.Out)).ToList();
        Assert.All(counts, match => Assert.True(match.Success));
        Assert.Equal(files, counts.Sum(match => int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)));
        var store = JixiaoStore.Open(location);
        using (var db = store.NewDb())
        {
            Assert.Equal(files, db.Revisions.Count());
            Assert.Equal(files, db.Files.Count());
        }

        Assert.Empty(Consistency.Problems(store));
    }

    [System.Text.RegularExpressions.GeneratedRegex("入库 (\\d+)，此前已入库 (\\d+)，失败 0")]
    private static partial System.Text.RegularExpressions.Regex Counts();

    private static async Task<(int Exit, string Out)> ImportToEnd(string folder, string connectionString)
    {
        using var process = Process.Start(Start(folder, connectionString))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }

    private static ProcessStartInfo Start(string folder, string connectionString)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = System.Text.Encoding.UTF8 };
        foreach (var arg in new[] { "exec", Path.Combine(AppContext.BaseDirectory, "jixiao.dll"), "db", "import", folder, "--db", connectionString })
        {
            start.ArgumentList.Add(arg);
        }

        return start;
    }

    /// <summary>Runs `jixiao db import` as a process of its own and kills it (the whole tree, at once) after <see cref="KillAfter"/> lines.</summary>
    private static async Task<int> ImportUntilKilled(string folder, string connectionString)
    {
        using var process = Process.Start(Start(folder, connectionString))!;
        _ = process.StandardError.ReadToEndAsync();
        var lines = 0;
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            if (line.StartsWith('[') && ++lines >= KillAfter)
            {
                process.Kill(entireProcessTree: true);
                break;
            }
        }

        await process.WaitForExitAsync();
        return lines;
    }
}

public sealed class SqliteKilledImportTests(SqliteDatabases databases) : KilledImportTests(databases), IClassFixture<SqliteDatabases>;

[Collection(PostgresGroup.Name)]
public sealed class PostgresKilledImportTests(PostgresServer server) : KilledImportTests(server);
