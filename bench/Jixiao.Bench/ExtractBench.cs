using System.Runtime.InteropServices;
using Jixiao.Import;
using static System.FormattableString;

namespace Jixiao.Bench;

/// <summary>
/// `extract`: <see cref="ReportExtractor.Extract(ReadOnlySpan{byte}, ExtractionOptions)"/> over the seed reports
/// (../shared/seeds/*.txt) repeated to --count, from their bytes to the reviewed evaluation, on one thread.
/// Two scenarios: the whole pipeline as `jixiao extract` runs it, and without provenance.
/// </summary>
internal static class ExtractBench
{
    public const int DefaultCount = 1_000;

    /// <summary>What extraction should reach on one core (documents per second).</summary>
    private const double Target = 500;

    public static int Run(BenchOptions options, TextWriter output, TextWriter error)
    {
        if (RepoFiles.FindRoot() is not { } root)
        {
            error.WriteLine("extract: Jixiao.slnx not found above the executable or the working directory");
            return BenchCli.BadUsage;
        }

        var seeds = Path.GetFullPath(Path.Combine(root, "..", "shared", "seeds"));
        var files = Directory.Exists(seeds) ? Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal).ToArray() : [];
        if (files.Length == 0)
        {
            error.WriteLine($"extract: no seed reports (*.txt) in {seeds}");
            return BenchCli.BadUsage;
        }

        var documents = files.Select(File.ReadAllBytes).ToArray();
        var withProvenance = new ExtractionOptions { Provenance = true };
        var plain = new ExtractionOptions();
        output.WriteLine(Invariant($"extract · {RuntimeInformation.FrameworkDescription} · {RuntimeInformation.RuntimeIdentifier} · {Environment.ProcessorCount} logical processors · one thread"));
        output.WriteLine(Invariant($"inputs: {documents.Length} seed reports ({documents.Sum(document => document.Length) / 1024.0:N1} KB) from {seeds}"));
        output.WriteLine(Invariant($"        repeated to {options.Count:N0} a round; warm-up first, then {options.Rounds} timed rounds, the median quoted"));
        output.WriteLine();

        var measured = Timing.Interleaved(options.Count, options,
        [
            i => ReportExtractor.Extract(documents[i % documents.Length], withProvenance).Evaluation!.Findings.Count,
            i => ReportExtractor.Extract(documents[i % documents.Length], plain).Evaluation!.Findings.Count,
        ]);

        output.WriteLine("scenario                                   documents/s   slowest–fastest round   µs/document   KB allocated/document");
        Row(output, "extract and check, with provenance", measured[0]);
        Row(output, "extract and check, without provenance", measured[1]);
        output.WriteLine();
        output.WriteLine(Invariant($"target {Target:N0} documents/s on one thread: {(measured[0].PerSecond >= Target ? "met" : "NOT met")} ({measured[0].PerSecond:N0}/s)"));
        return BenchCli.Ok;
    }

    private static void Row(TextWriter output, string label, Measurement measurement)
    {
        var (slowest, fastest) = measurement.Range;
        output.WriteLine(Invariant(
            $"{label,-42} {measurement.PerSecond,12:N0}   {slowest,10:N0}–{fastest,-10:N0}   {measurement.MicrosecondsPerItem,11:N1}   {measurement.AllocatedBytesPerItem / 1024,21:N1}"));
    }
}
