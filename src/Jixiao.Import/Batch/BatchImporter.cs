using Jixiao.Domain.Interchange;
using Jixiao.Import.Documents;
using Jixiao.Import.Workers;

namespace Jixiao.Import.Batch;

/// <summary>
/// Imports many documents at once, in parallel (one per core by default), writing one interchange JSON per
/// document under the output folder (its name plus .json, so 报告.docx and 报告.pdf do not collide). A file that
/// cannot be read, or takes longer than the time limit, becomes a failed row; the batch always goes on.
/// </summary>
public static class BatchImporter
{
    public static async Task<IReadOnlyList<BatchRow>> RunAsync(
        IReadOnlyList<BatchItem> items, string outputDirectory, ExtractionOptions options, int parallelism,
        IProgress<BatchRow>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(options);
        var rows = new BatchRow[items.Count];
        using var workers = options.Workers is { } start ? new WorkerPool(start) : null;
        workers?.Warm(Math.Min(Math.Max(1, parallelism), items.Count(item => item.Read is not null)));
        await Parallel.ForAsync(0, items.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = cancellation },
            async (index, token) =>
            {
                var row = await ImportAsync(items[index], outputDirectory, options, workers, token).ConfigureAwait(false);
                rows[index] = row;
                progress?.Report(row);
            }).ConfigureAwait(false);
        return rows;
    }

    private static async Task<BatchRow> ImportAsync(BatchItem item, string outputDirectory, ExtractionOptions options, WorkerPool? workers, CancellationToken cancellation)
    {
        if (item.Read is null)
        {
            return new BatchRow { File = item.Name, Status = item.Status, Problem = item.Problem ?? "" };
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var work = Task.Run(() => Import(item, options, workers, timeout.Token), CancellationToken.None);
        try
        {
            var row = await work.WaitAsync(options.Timeout, cancellation).ConfigureAwait(false);
            return row.Evaluation is { } evaluation ? Write(row, evaluation, outputDirectory) : row;
        }
        catch (TimeoutException)
        {
            // The reader stops at its next page when told; the batch does not wait for it.
            await timeout.CancelAsync().ConfigureAwait(false);
            return new BatchRow { File = item.Name, Status = BatchStatus.Failed, Problem = $"读取超过 {options.Timeout.TotalSeconds:0} 秒，已放弃" };
        }
    }

    private static BatchRow Import(BatchItem item, ExtractionOptions options, WorkerPool? workers, CancellationToken cancellation)
    {
        try
        {
            var (bytes, name) = (item.Read!(), Path.GetFileName(item.Name));
            var result = workers?.Import(bytes, name, options, cancellation) ?? DocumentImporter.Import(bytes, name, options, cancellation);
            return new BatchRow
            {
                File = item.Name, Kind = result.Kind, Evaluation = result.Evaluation,
                Status = result.Evaluation is null ? BatchStatus.Failed : BatchStatus.Read, Problem = result.Problem ?? "",
            };
        }
        catch (Exception e) when (e is DocumentProblem or IOException or UnauthorizedAccessException or InvalidDataException or OperationCanceledException)
        {
            return new BatchRow { File = item.Name, Status = BatchStatus.Failed, Problem = e is OperationCanceledException ? "已取消" : e.Message };
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug of ours on one document must not lose the other documents of the batch.
            return new BatchRow { File = item.Name, Status = BatchStatus.Failed, Problem = $"Jixiao 内部错误（请报告此问题）：{e.GetType().Name}: {e.Message}" };
        }
    }

    private static BatchRow Write(BatchRow row, Jixiao.Domain.Model.Evaluation evaluation, string outputDirectory)
    {
        var path = OutputPath(outputDirectory, row.File);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = path + ".tmp";
            File.WriteAllText(temporary, InterchangeJson.Write(evaluation));
            File.Move(temporary, path, overwrite: true);
            return row;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return row with { Status = BatchStatus.Failed, Problem = $"已读取，但无法写出 {path}（{e.Message}）" };
        }
    }

    /// <summary>Where a document's JSON goes: its path under the output folder, with nothing that could climb out of it.</summary>
    public static string OutputPath(string outputDirectory, string name)
    {
        var parts = name.Split('/', '\\').Where(part => part.Length > 0 && part != "." && part != "..").Select(part => part.Replace(':', '_'));
        return Path.Combine([outputDirectory, .. parts]) + ".json";
    }
}
