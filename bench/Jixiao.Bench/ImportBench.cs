using System.Diagnostics;
using System.Runtime.InteropServices;
using Jixiao.Import;
using Jixiao.Import.Batch;
using Jixiao.Import.Documents;
using static System.FormattableString;

namespace Jixiao.Bench;

/// <summary>
/// `import-pdf`: a folder of --count PDFs (the seeds and the test corpus, made Word documents and then PDFs by
/// LibreOffice, repeated to the count) imported by <see cref="BatchImporter"/> as `jixiao import` does (every
/// core, whole pipeline: PDF text, layout, recognizers, review, one JSON written per document), against poppler's
/// `pdftotext` on the same files in the same run (one process per file, as many at once as there are cores).
/// The two take turns round by round; the ratio of the median rounds is the figure to quote.
/// </summary>
internal static class ImportBench
{
    public const int DefaultCount = 200;

    /// <summary>Our whole pipeline should take at most this many times what pdftotext's text extraction alone takes.</summary>
    private const double Target = 2;

    public static int Run(BenchOptions options, TextWriter output, TextWriter error)
    {
        if (RepoFiles.FindRoot() is not { } root)
        {
            error.WriteLine("import-pdf: Jixiao.slnx not found above the executable or the working directory");
            return BenchCli.BadUsage;
        }

        if (Programs.Find("pdftotext") is null || Programs.Find("soffice") is null)
        {
            error.WriteLine("import-pdf: needs pdftotext and soffice: run scripts/system-packages.sh as root");
            return BenchCli.BadUsage;
        }

        var folder = PdfFolder.Prepare(root, options.Count, output);
        var files = Directory.GetFiles(folder, "*.pdf").Order(StringComparer.Ordinal).ToArray();
        var scratch = Directory.CreateTempSubdirectory("jixiao-bench-import-");
        try
        {
            var extraction = new ExtractionOptions();
            var items = BatchInput.FromDirectory(folder, extraction);
            output.WriteLine(Invariant($"import-pdf · {RuntimeInformation.FrameworkDescription} · {Environment.ProcessorCount} logical processors, all used by both"));
            output.WriteLine(Invariant($"inputs: {files.Length} PDFs ({files.Sum(file => new FileInfo(file).Length) / 1048576.0:N1} MB) in {folder}"));
            output.WriteLine(Invariant($"        {options.Warmup} untimed round(s) each, then {options.Rounds} timed rounds taking turns, the median quoted"));
            output.WriteLine();

            var ours = new List<double>();
            var poppler = new List<double>();
            var read = 0;
            for (var round = -options.Warmup; round < options.Rounds; round++)
            {
                var popplerSeconds = Time(() => PdfToText(files, scratch.FullName));
                var (oursSeconds, rows) = Time(() => BatchImporter.RunAsync(items, scratch.FullName, extraction, Environment.ProcessorCount).GetAwaiter().GetResult());
                read = rows.Count(row => row.Status == BatchStatus.Read);
                if (round >= 0)
                {
                    poppler.Add(popplerSeconds.Seconds);
                    ours.Add(oursSeconds);
                }
            }

            var (oursMedian, popplerMedian) = (Measurement.Median(ours), Measurement.Median(poppler));
            output.WriteLine("command                                    median s   slowest–fastest s   PDFs/s");
            Row(output, "jixiao import (whole pipeline)", ours);
            Row(output, "pdftotext (text only, process per file)", poppler);
            output.WriteLine();
            output.WriteLine(Invariant($"documents read: {read} of {files.Length}"));
            output.WriteLine(Invariant($"ratio jixiao / pdftotext: {oursMedian / popplerMedian:N2} (target at most {Target:N0}: {(oursMedian / popplerMedian <= Target ? "met" : "NOT met")})"));
            return read == files.Length ? BenchCli.Ok : BenchCli.BadUsage;
        }
        finally
        {
            scratch.Delete(recursive: true);
        }

        void Row(TextWriter writer, string label, List<double> seconds) =>
            writer.WriteLine(Invariant($"{label,-42} {Measurement.Median(seconds),8:N2}   {seconds.Max(),7:N2}–{seconds.Min(),-9:N2} {files.Length / Measurement.Median(seconds),8:N0}"));
    }

    private static int PdfToText(string[] files, string scratch)
    {
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, file =>
        {
            var start = new ProcessStartInfo("pdftotext") { UseShellExecute = false };
            start.ArgumentList.Add(file);
            start.ArgumentList.Add(Path.Combine(scratch, Path.GetFileNameWithoutExtension(file) + ".txt"));
            using var process = Process.Start(start)!;
            process.WaitForExit();
        });
        return files.Length;
    }

    private static (double Seconds, T Result) Time<T>(Func<T> body)
    {
        GC.Collect();
        var watch = Stopwatch.StartNew();
        var result = body();
        return (watch.Elapsed.TotalSeconds, result);
    }
}
