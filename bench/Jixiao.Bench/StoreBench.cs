using System.Diagnostics;
using System.Text;
using Jixiao.Domain.Interchange;
using Jixiao.Import;
using Jixiao.Import.Batch;
using Jixiao.Storage;
using Jixiao.Storage.Analyses;
using Jixiao.Storage.Importing;
using Jixiao.Storage.Reading;
using Jixiao.Storage.Tests.Databases;
using static System.FormattableString;

namespace Jixiao.Bench;

/// <summary>
/// `store`: a fictional bureau's departments × 5 years imported through `db import`'s pipeline (JSON made, hashed,
/// read, validated and stored with its original bytes, in batches), then one year's summary; at 1×, 2× and 4× the
/// departments, on SQLite (a temporary file) and on a PostgreSQL server the bench starts like the tests do.
/// </summary>
internal static class StoreBench
{
    public const int DefaultCount = 3000;
    public const string SqliteOnly = "--sqlite-only";
    public const string Once = "--once";
    private const int Years = 5;
    private const int FirstYear = 2020;

    public static int Run(BenchOptions options, TextWriter output, TextWriter error)
    {
        var scales = options.Has(Once) ? new[] { 1 } : [1, 2, 4];
        output.WriteLine(Invariant($"store: {options.Count} departments × {Years} years at {string.Join("×, ", scales)}×; {Environment.ProcessorCount} cores"));
        output.WriteLine("provider    evaluations  import s  evaluations/s  summary ms (median of 5)  rows  analyses ms (each once)  peak working set MB (after import, at the end)");
        var folder = Path.Combine(Path.GetTempPath(), "jixiao-bench-store-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        PostgresServer? postgres = null;
        try
        {
            postgres = options.Has(SqliteOnly) ? null : new PostgresServer();
            foreach (var scale in scales)
            {
                Measure(output, "SQLite", StoreLocation.Sqlite(Path.Combine(folder, Invariant($"bench-{scale}.db"))), options.Count * scale);
                if (postgres is not null)
                {
                    Measure(output, "PostgreSQL", postgres.NewDatabase(), options.Count * scale);
                }
            }
        }
        finally
        {
            postgres?.Dispose();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }

        return BenchCli.Ok;
    }

    private static void Measure(TextWriter output, string provider, StoreLocation location, int departments)
    {
        var store = JixiaoStore.Open(location);
        var items = Enumerable.Range(0, departments * Years).Select(i =>
        {
            var (department, year) = (i / Years, FirstYear + i % Years);
            return new BatchItem(Invariant($"{department:00000}-{year}.json"), 8000,
                () => Encoding.UTF8.GetBytes(InterchangeJson.Write(FictionalBureau.Make(department, year))));
        }).ToList();
        GC.Collect();
        var clock = Stopwatch.StartNew();
        var rows = StoredImport.RunAsync(store, items, new ExtractionOptions(), Environment.ProcessorCount, "bench").GetAwaiter().GetResult();
        var importSeconds = clock.Elapsed.TotalSeconds;
        var importPeak = Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;
        var stored = rows.Count(row => row.Status == ImportStatus.Stored);
        if (stored != items.Count)
        {
            throw new InvalidOperationException(Invariant($"{items.Count - stored} evaluations not stored: {rows.First(row => row.Status != ImportStatus.Stored).StatusText}"));
        }

        var summaries = new List<double>();
        var summaryRows = 0;
        for (var i = 0; i < 5; i++)
        {
            clock.Restart();
            using var db = store.NewDb();
            summaryRows = YearSummary.Of(db, FirstYear + Years - 1).Count;
            summaries.Add(clock.Elapsed.TotalMilliseconds);
        }

        summaries.Sort();
        var analyses = new List<string>();
        foreach (var analysis in AnalysisCatalog.All)
        {
            clock.Restart();
            using var db = store.NewDb();
            analysis.Run(db, FirstYear + Years - 1);
            analyses.Add(Invariant($"{analysis.Name} {clock.Elapsed.TotalMilliseconds:0}"));
        }

        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;
        output.WriteLine(Invariant($"{provider,-10}  {items.Count,11}  {importSeconds,8:0.0}  {items.Count / importSeconds,13:0}  {summaries[2],24:0.0}  {summaryRows,4}  {string.Join(", ", analyses)}  {importPeak:0}, {peak:0}"));
    }
}
