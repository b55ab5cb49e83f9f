using System.Runtime.InteropServices;
using Jixiao.Import;
using Jixiao.Import.Documents;
using Jixiao.Import.Documents.Pdf;
using UglyToad.PdfPig;
using static System.FormattableString;

namespace Jixiao.Bench;

/// <summary>
/// `pdf-stages`: where one thread's time goes when it reads a folder of PDFs as a worker does, stage by stage
/// (the steps of <see cref="PdfReader.Read"/>, then the pipeline of <see cref="ReportExtractor"/>), each PDF read
/// --count times a round. The folder is $JIXIAO_BENCH_PDFS (say, the seeds as one producer printed them), else the
/// LibreOffice PDFs of `import-pdf`. A whole <see cref="DocumentImporter.Import"/> is timed too, as the check that the
/// stages add up. Start-up, JIT and the first document are in the untimed rounds. Times are the thread's CPU time (clock_gettime), so that
/// a busy machine's other processes do not count.
/// </summary>
internal static partial class PdfStagesBench
{
    public const int DefaultCount = 1;

    private static readonly string[] Stages = ["syntax", "open", "bounds", "fonts", "pdfpig pages", "page layout", "furniture+write", "extract+review"];

    public static int Run(BenchOptions options, TextWriter output, TextWriter error)
    {
        var folder = Environment.GetEnvironmentVariable("JIXIAO_BENCH_PDFS");
        if (string.IsNullOrEmpty(folder))
        {
            if (RepoFiles.FindRoot() is not { } root || Programs.Find("soffice") is null)
            {
                error.WriteLine("pdf-stages: set JIXIAO_BENCH_PDFS to a folder of PDFs (or have soffice and the repository for the default folder)");
                return BenchCli.BadUsage;
            }

            folder = PdfFolder.Prepare(root, 20, output);
        }

        var files = Directory.GetFiles(folder, "*.pdf").Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray();
        if (files.Length == 0)
        {
            error.WriteLine($"pdf-stages: no PDFs in {folder}");
            return BenchCli.BadUsage;
        }

        output.WriteLine(Invariant($"pdf-stages · {RuntimeInformation.FrameworkDescription} · {files.Length} PDFs from {folder}, each {options.Count}× a round"));
        output.WriteLine(Invariant($"            {options.Warmup} untimed round(s), then {options.Rounds} timed; per document, median round"));
        var extraction = new ExtractionOptions();
        var stages = Stages.ToDictionary(stage => stage, _ => new List<double>());
        var whole = new List<double>();
        for (var round = -options.Warmup; round < options.Rounds; round++)
        {
            var clock = new double[Stages.Length];
            for (var n = 0; n < options.Count; n++)
            {
                foreach (var pdf in files)
                {
                    Stage(pdf, extraction, clock);
                }
            }

            var started = ThreadSeconds();
            for (var n = 0; n < options.Count; n++)
            {
                foreach (var pdf in files)
                {
                    DocumentImporter.Import(pdf, "bench.pdf", extraction);
                }
            }

            var importSeconds = ThreadSeconds() - started;
            if (round >= 0)
            {
                for (var i = 0; i < Stages.Length; i++)
                {
                    stages[Stages[i]].Add(clock[i]);
                }

                whole.Add(importSeconds);
            }
        }

        var documents = (double)files.Length * options.Count;
        output.WriteLine();
        output.WriteLine("stage                  ms/document   share");
        var total = Stages.Sum(stage => Measurement.Median(stages[stage]));
        foreach (var stage in Stages)
        {
            var seconds = Measurement.Median(stages[stage]);
            output.WriteLine(Invariant($"{stage,-20} {seconds * 1000 / documents,12:N2} {seconds / total,7:P0}"));
        }

        output.WriteLine(Invariant($"{"stages together",-20} {total * 1000 / documents,12:N2}"));
        output.WriteLine(Invariant($"{"DocumentImporter",-20} {Measurement.Median(whole) * 1000 / documents,12:N2}   (Import as a worker calls it)"));
        return BenchCli.Ok;
    }

    /// <summary>This thread's CPU seconds (user and system), so that other processes' load does not count.</summary>
    private static double ThreadSeconds() => ClockGetTime(ThreadCpuClock, out var time) == 0 ? time.Seconds + time.Nanoseconds / 1e9 : throw new InvalidOperationException("clock_gettime");

    private const int ThreadCpuClock = 3; // CLOCK_THREAD_CPUTIME_ID

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    /// <summary>The steps of <see cref="PdfReader.Read"/> one by one, each timed into its slot of <paramref name="clock"/>.</summary>
    private static void Stage(byte[] pdf, ExtractionOptions extraction, double[] clock)
    {
        var at = ThreadSeconds();
        void Lap(int stage)
        {
            var now = ThreadSeconds();
            clock[stage] += now - at;
            at = now;
        }

        try
        {
            PdfBounds.CheckSyntax(pdf);
            Lap(0);
            using var document = PdfDocument.Open(pdf, new ParsingOptions { ClipPaths = false, UseLenientParsing = true, SkipMissingFonts = true });
            var count = document.NumberOfPages;
            Lap(1);
            var bounds = PdfBounds.Check(document, count);
            Lap(2);
            FontPrograms.SkipUnneeded(document, count, bounds.Weights);
            Lap(3);
            var census = new LetterCensus();
            var pages = new List<PageText>(count);
            RuledTable? carried = null;
            for (var number = 1; number <= count; number++)
            {
                var page = document.GetPage(number);
                _ = page.Letters.Count + page.Paths.Count + page.NumberOfImages;
                Lap(4);
                pages.Add(PageReader.Read(page, census, carried));
                carried = UnruledTables.Last(pages[^1]);
                Lap(5);
            }

            PageFurniture.Mark(pages);
            var laidOut = LayoutWriter.Write(pages);
            Lap(6);
            ReportExtractor.Extract(laidOut, extraction);
            Lap(7);
        }
        catch (DocumentProblem)
        {
            // Counted as far as it got.
        }
    }
}
