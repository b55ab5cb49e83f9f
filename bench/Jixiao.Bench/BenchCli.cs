using static System.FormattableString;

namespace Jixiao.Bench;

/// <summary>The `jixiao-bench` command: one subcommand per benchmark, listed in <see cref="s_commands"/>.</summary>
internal static class BenchCli
{
    public const int Ok = 0;

    /// <summary>Unknown benchmark, bad option, or inputs that cannot be read.</summary>
    public const int BadUsage = 2;

    /// <summary>Every benchmark, in the order `jixiao-bench --help` lists them; a new one is one more entry.</summary>
    private static readonly IReadOnlyList<BenchCommand> s_commands =
    [
        new("check", "review checks (EvaluationChecker.Check) over the typed test evaluations and the samples",
            CheckBench.DefaultCount, [CheckBench.ProfileSwitch], CheckBench.Run),
        new("extract", "report extraction and review (ReportExtractor.Extract) over the seed reports, from bytes",
            ExtractBench.DefaultCount, [], ExtractBench.Run),
        new("import-pdf", "a folder of PDFs through `jixiao import`'s whole pipeline, against poppler's pdftotext on the same files",
            ImportBench.DefaultCount, [], ImportBench.Run),
        new("pdf-stages", "where one thread's time goes reading a folder of PDFs ($JIXIAO_BENCH_PDFS), stage by stage, as a worker reads them",
            PdfStagesBench.DefaultCount, [], PdfStagesBench.Run),
        new("render", "documents written to memory (Renderer.Write): 自评表 xlsx and docx, 评分表 xlsx, 自评报告 docx",
            RenderBench.DefaultCount, [RenderBench.PdfSwitch], RenderBench.Run),
        new("store", "a fictional bureau's departments × 5 years stored through `db import`, then a year's summary, on SQLite and PostgreSQL at 1×, 2×, 4×",
            StoreBench.DefaultCount, [StoreBench.SqliteOnly, StoreBench.Once], StoreBench.Run),
        new("web", "the web app on 127.0.0.1: --count clients reading a scored evaluation through the API against the trivial /api/ping of the same server, then seed reports uploaded",
            WebBench.DefaultCount, [], WebBench.Run),
    ];

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        if (args is [] or ["-h" or "--help" or "help"])
        {
            Usage(args.Length == 0 ? error : output);
            return args.Length == 0 ? BadUsage : Ok;
        }

        if (s_commands.FirstOrDefault(command => command.Name == args[0]) is not { } chosen)
        {
            error.WriteLine($"unknown benchmark: {args[0]}");
            Usage(error);
            return BadUsage;
        }

        var (options, problem) = BenchOptions.Parse(args.AsSpan(1), chosen);
        if (options is null)
        {
            error.WriteLine($"{chosen.Name}: {problem}");
            Usage(error);
            return BadUsage;
        }

        return chosen.Run(options, output, error);
    }

    private static void Usage(TextWriter writer)
    {
        writer.WriteLine("usage: dotnet run -c Release --project bench/Jixiao.Bench -- BENCHMARK [options]");
        writer.WriteLine();
        writer.WriteLine("benchmarks:");
        foreach (var command in s_commands)
        {
            var switches = command.Switches.Count == 0 ? "" : $" [{string.Join("] [", command.Switches)}]";
            writer.WriteLine(Invariant($"  {command.Name}{switches}   {command.Summary} (default --count {command.DefaultCount})"));
        }

        writer.WriteLine();
        writer.WriteLine("options:");
        writer.WriteLine("  --count N    items per round");
        writer.WriteLine(Invariant($"  --rounds N   timed rounds, the median quoted (default {BenchOptions.DefaultRounds})"));
        writer.WriteLine(Invariant($"  --warmup N   untimed rounds first; the first scenario's go on for at least 3 s when N > 0 (default {BenchOptions.DefaultWarmup})"));
    }
}
