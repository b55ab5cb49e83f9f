using System.Globalization;
using Jixiao.Domain.Numbers;
using Jixiao.Import.Batch;
using Jixiao.Storage.Importing;
using Spectre.Console;

namespace Jixiao.Cli.Commands.Db;

/// <summary>
/// Shows `db import` going as `import` does: a bar on a terminal (then one line per file not stored), otherwise one
/// line per file as it is committed ("[3/200] 报告.pdf: 已入库（…，第 1 版）").
/// </summary>
internal static class DbProgress
{
    public static IReadOnlyList<ImportRow> Run(CliOutput io, IReadOnlyList<BatchItem> items, Func<IProgress<ImportRow>, IReadOnlyList<ImportRow>> run)
    {
        if (!io.IsTerminal)
        {
            return run(new Lines(io.Out, items.Count));
        }

        IReadOnlyList<ImportRow> rows = [];
        io.Console.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("入库", maxValue: items.Count);
                rows = run(new Bar(task));
            });
        foreach (var row in rows.Where(row => row.Status is ImportStatus.Failed or ImportStatus.Skipped))
        {
            io.Out.WriteLine($"{row.File}: {row.StatusText}");
        }

        return rows;
    }

    public static string Describe(ImportRow row) => row.Status == ImportStatus.Stored
        ? $"{row.StatusText}（得分 {Number.Show(row.Score)}，错误 {row.Errors.ToString(CultureInfo.InvariantCulture)}）"
        : row.StatusText;

    private sealed class Lines(TextWriter output, int total) : IProgress<ImportRow>
    {
        private int _done;

        public void Report(ImportRow value)
        {
            lock (output)
            {
                output.WriteLine($"[{++_done}/{total}] {value.File}: {Describe(value)}");
                output.Flush();
            }
        }
    }

    private sealed class Bar(ProgressTask task) : IProgress<ImportRow>
    {
        public void Report(ImportRow value) => task.Increment(1);
    }
}
