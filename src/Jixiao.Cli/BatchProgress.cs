using System.Globalization;
using Jixiao.Domain.Numbers;
using Jixiao.Import;
using Jixiao.Import.Batch;
using Spectre.Console;

namespace Jixiao.Cli;

/// <summary>
/// Shows a batch import going: a bar on a terminal (then one line per file that was not read), plain lines
/// otherwise ("[3/200] 报告.pdf: 已读取 …"), so that a log or CI shows each file as it finishes.
/// </summary>
internal static class BatchProgress
{
    public static IReadOnlyList<BatchRow> Run(CliOutput io, IReadOnlyList<BatchItem> items, string outputDirectory, ExtractionOptions options, int jobs)
    {
        if (!io.IsTerminal)
        {
            var lines = new Lines(io.Out, items.Count);
            return BatchImporter.RunAsync(items, outputDirectory, options, jobs, lines).GetAwaiter().GetResult();
        }

        IReadOnlyList<BatchRow> rows = [];
        io.Console.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("导入", maxValue: items.Count);
                rows = BatchImporter.RunAsync(items, outputDirectory, options, jobs, new Bar(task)).GetAwaiter().GetResult();
            });
        foreach (var row in rows.Where(row => row.Status != BatchStatus.Read))
        {
            io.Out.WriteLine($"{row.File}: {row.StatusText}");
        }

        return rows;
    }

    /// <summary>What a line says of a document that was read: its department, year, score and findings.</summary>
    public static string Describe(BatchRow row)
    {
        if (row.Evaluation is not { } evaluation)
        {
            return row.StatusText;
        }

        var facts = new[]
        {
            row.KindText, evaluation.Department, evaluation.Year?.ToString(CultureInfo.InvariantCulture),
            evaluation.Score?.Total is { } total ? $"得分 {Number.Show(total)}" : null, $"错误 {row.Errors}，警告 {row.Warnings}",
        };
        return $"{row.StatusText}（{string.Join("，", facts.Where(fact => !string.IsNullOrEmpty(fact)))}）";
    }

    /// <summary>Reports arrive from several threads at once: one line each, numbered in the order they finish.</summary>
    private sealed class Lines(TextWriter output, int total) : IProgress<BatchRow>
    {
        private int _done;

        public void Report(BatchRow value)
        {
            lock (output)
            {
                output.WriteLine($"[{++_done}/{total}] {value.File}: {Describe(value)}");
            }
        }
    }

    private sealed class Bar(ProgressTask task) : IProgress<BatchRow>
    {
        public void Report(BatchRow value) => task.Increment(1);
    }
}
