using System.Diagnostics;
using System.Runtime.InteropServices;
using Jixiao.Domain.Checks;
using Jixiao.Import.Documents;
using Jixiao.Render;
using static System.FormattableString;

namespace Jixiao.Bench;

/// <summary>
/// `render`: <see cref="Renderer.Write"/> over the check benchmark's evaluations (scored and reviewed once, outside the
/// timing) repeated to --count, on one thread, into memory: the 自评表 as xlsx and as docx, the 评分表 as xlsx and the
/// 自评报告 as docx, taking turns. With --pdf, also LibreOffice's rate for printing the report to PDF.
/// </summary>
internal static class RenderBench
{
    public const int DefaultCount = 1_000;

    /// <summary>Also prints this many reports to PDF with LibreOffice, one process each as `jixiao render --format pdf` does.</summary>
    public const string PdfSwitch = "--pdf";

    /// <summary>What each document should reach on one core (documents per second).</summary>
    private const double Target = 200;

    private const int PdfCount = 10;

    private static readonly (string Label, RenderWhat What, RenderFormat Format)[] s_scenarios =
    [
        ("自评表 xlsx", RenderWhat.Table, RenderFormat.Xlsx),
        ("自评表 docx", RenderWhat.Table, RenderFormat.Docx),
        ("评分表 xlsx", RenderWhat.Scores, RenderFormat.Xlsx),
        ("自评报告 docx", RenderWhat.Report, RenderFormat.Docx),
    ];

    private static readonly (string Label, RenderWhat What, RenderFormat Format)[] s_chartScenarios =
    [
        ("自评报告 docx + 图", RenderWhat.Report, RenderFormat.Docx),
        ("自评表 xlsx + 统计图", RenderWhat.Table, RenderFormat.Xlsx),
    ];

    public static int Run(BenchOptions options, TextWriter output, TextWriter error)
    {
        if (RepoFiles.FindRoot() is not { } root)
        {
            error.WriteLine("render: Jixiao.slnx not found above the executable or the working directory");
            return BenchCli.BadUsage;
        }

        var (inputs, problems) = CheckInput.Load(root);
        if (problems.Count > 0)
        {
            problems.ForEach(error.WriteLine);
            return BenchCli.BadUsage;
        }

        var ready = inputs.Select(input => (Evaluation: RenderInput.Prepare(input.Evaluation, input.Framework, CheckRules.BuiltIn), input.Framework)).ToArray();
        var clock = new FixedClock(new DateTimeOffset(2025, 3, 31, 0, 0, 0, TimeSpan.Zero));
        output.WriteLine(Invariant($"render · {RuntimeInformation.FrameworkDescription} · {RuntimeInformation.RuntimeIdentifier} · {Environment.ProcessorCount} logical processors · one thread"));
        output.WriteLine(Invariant($"inputs: {ready.Length} evaluations from {string.Join(", ", CheckInput.Folders)}, scored and reviewed once; repeated to {options.Count:N0} a round, written to memory"));
        output.WriteLine();

        var bodies = s_scenarios.Select(scenario => (Func<int, int>)(i =>
        {
            var (evaluation, framework) = ready[i % ready.Length];
            using var stream = new MemoryStream();
            Renderer.Write(evaluation, framework, scenario.What, scenario.Format, stream, clock);
            return (int)stream.Length;
        })).ToList();
        var measured = Timing.Interleaved(options.Count, options, bodies);

        output.WriteLine("document          documents/s   slowest–fastest round   ms/document   KB allocated/document");
        for (var i = 0; i < s_scenarios.Length; i++)
        {
            var (slowest, fastest) = measured[i].Range;
            output.WriteLine(Invariant(
                $"{s_scenarios[i].Label,-14} {measured[i].PerSecond,14:N0}   {slowest,10:N0}–{fastest,-10:N0}   {measured[i].MicrosecondsPerItem / 1000,11:N2}   {measured[i].AllocatedBytesPerItem / 1024,21:N1}"));
        }

        // Charts cost tens of times a whole document: timed apart, on a tenth of the count. The report draws every chart
        // as PNG (docx); the 自评表 workbook the same charts on its 统计图 sheet.
        var chartCount = Math.Max(1, options.Count / 10);
        foreach (var (label, what, format) in s_chartScenarios)
        {
            var charted = Timing.Measure(chartCount, options, i =>
            {
                var (evaluation, framework) = ready[i % ready.Length];
                using var stream = new MemoryStream();
                Renderer.Write(evaluation, framework, what, format, stream, clock, charts: true);
                return (int)stream.Length;
            });
            output.WriteLine(Invariant(
                $"{label,-14} {charted.PerSecond,14:N0}   {charted.Range.Slowest,10:N0}–{charted.Range.Fastest,-10:N0}   {charted.MicrosecondsPerItem / 1000,11:N2}   {charted.AllocatedBytesPerItem / 1024,21:N1}   ({chartCount:N0} a round)"));
        }

        using var process = Process.GetCurrentProcess();
        output.WriteLine();
        output.WriteLine(Invariant($"peak working set {process.PeakWorkingSet64 / 1048576.0:N0} MB; managed heap after the rounds {GC.GetTotalMemory(forceFullCollection: true) / 1048576.0:N1} MB"));
        var slowestScenario = measured.Min(measurement => measurement.PerSecond);
        output.WriteLine(Invariant($"target {Target:N0} documents/s on one thread for each: {(slowestScenario >= Target ? "met" : "NOT met")} (slowest {slowestScenario:N0}/s)"));

        if (options.Has(PdfSwitch))
        {
            output.WriteLine();
            Pdf(ready[0].Evaluation, ready[0].Framework, clock, output);
        }

        return BenchCli.Ok;
    }

    /// <summary>LibreOffice's rate: one soffice start per file, as the command pays it.</summary>
    private static void Pdf(Jixiao.Domain.Model.Evaluation evaluation, Jixiao.Domain.Frameworks.Framework? framework, TimeProvider clock, TextWriter output)
    {
        using var stream = new MemoryStream();
        Renderer.Write(evaluation, framework, RenderWhat.Report, RenderFormat.Docx, stream, clock);
        var docx = stream.ToArray();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < PdfCount; i++)
        {
            var (pdf, problem) = LibreOffice.ToPdf(docx, "docx", TimeSpan.FromMinutes(2));
            if (pdf is null)
            {
                output.WriteLine($"pdf: {problem}");
                return;
            }
        }

        output.WriteLine(Invariant($"pdf (自评报告 docx → LibreOffice): {PdfCount} files in {watch.Elapsed.TotalSeconds:N1} s, {PdfCount / watch.Elapsed.TotalSeconds:N2} files/s"));
    }

    private sealed class FixedClock(DateTimeOffset time) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => time;
    }
}
