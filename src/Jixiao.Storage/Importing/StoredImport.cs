using System.Text;
using System.Threading.Channels;
using Jixiao.Domain.Interchange;
using Jixiao.Domain.Model;
using Jixiao.Import;
using Jixiao.Import.Batch;
using Jixiao.Import.Documents;
using Jixiao.Import.Workers;
using Jixiao.Storage.Saving;

namespace Jixiao.Storage.Importing;

/// <summary>
/// `jixiao db import`: reads the files of a batch in parallel and stores each as a new revision, with its original
/// bytes. One writer commits what is ready in batches of at most <see cref="MaxBatch"/>, each batch one transaction,
/// and reports a file only once it is committed. A process killed at any moment leaves whole batches behind; run
/// again, it skips every file a revision was already saved from (by SHA-256) and stores the rest, so nothing is
/// stored twice. Documents are read in worker processes when the options name them (as `jixiao import` does).
/// </summary>
internal static class StoredImport
{
    public const int MaxBatch = 100;

    /// <summary>
    /// Megabytes of originals waiting for the writer at most: a folder of large PDFs must not all sit in memory while
    /// a slow database catches up. A reader waits for room before it hands a file over.
    /// </summary>
    private const int MaxPendingMegabytes = 256;

    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static async Task<IReadOnlyList<ImportRow>> RunAsync(
        JixiaoStore store, IReadOnlyList<BatchItem> items, ExtractionOptions options, int parallelism, string author,
        IProgress<ImportRow>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(items);
        var rows = new ImportRow[items.Count];
        // Files stored before this run are passed over before they are read; the writer checks again in its transaction.
        IReadOnlySet<string> stored;
        using (var db = store.NewDb())
        {
            stored = Reading.Queries.StoredFileHashes(db);
        }

        var documents = items.Count(item => item.Read is not null && !ImportInput.IsJsonName(item.Name));
        using var workers = options.Workers is { } start ? new WorkerPool(start.For(documents, Math.Min(Math.Max(1, parallelism), documents))) : null;
        workers?.Warm(Math.Min(Math.Max(1, parallelism), documents));
        var ready = Channel.CreateBounded<Pending>(new BoundedChannelOptions(MaxBatch * 2) { SingleReader = true });
        using var room = new SemaphoreSlim(MaxPendingMegabytes, MaxPendingMegabytes);
        // One reader at a time gathers its megabytes: two gathering at once could each hold half and wait for the other.
        using var gathering = new SemaphoreSlim(1, 1);
        // A writer that fails (the database went away) stops the readers, which would otherwise wait on a full channel.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var writer = Task.Run(async () =>
        {
            try
            {
                await Write(store, ready.Reader, rows, room, progress, cancellation).ConfigureAwait(false);
            }
            catch
            {
                await stop.CancelAsync().ConfigureAwait(false);
                throw;
            }
        }, CancellationToken.None);
        try
        {
            await Parallel.ForAsync(0, items.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = stop.Token },
                async (index, token) =>
                {
                    var (row, pending) = await ReadAsync(stored, items[index], options, workers, author, token).ConfigureAwait(false);
                    if (pending is not null)
                    {
                        await gathering.WaitAsync(token).ConfigureAwait(false);
                        try
                        {
                            for (var i = 0; i < pending.Megabytes; i++)
                            {
                                await room.WaitAsync(token).ConfigureAwait(false);
                            }
                        }
                        finally
                        {
                            gathering.Release();
                        }

                        await ready.Writer.WriteAsync(pending with { Index = index }, token).ConfigureAwait(false);
                    }
                    else
                    {
                        rows[index] = row!;
                        progress?.Report(row!);
                    }
                }).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (writer.IsFaulted || !cancellation.IsCancellationRequested)
        {
            // The writer's own exception, awaited below, says what went wrong.
        }
        finally
        {
            ready.Writer.Complete();
        }

        await writer.ConfigureAwait(false);
        return rows;
    }

    private static async Task<(ImportRow? Row, Pending? Pending)> ReadAsync(IReadOnlySet<string> stored, BatchItem item, ExtractionOptions options, WorkerPool? workers, string author, CancellationToken cancellation)
    {
        if (item.Read is null)
        {
            return (new ImportRow(item.Name, item.Status == BatchStatus.Skipped ? ImportStatus.Skipped : ImportStatus.Failed, item.Problem ?? ""), null);
        }

        try
        {
            var file = new OriginalFile(item.Name, item.Read());
            if (stored.Contains(file.Sha256))
            {
                return (new ImportRow(item.Name, ImportStatus.AlreadyStored), null);
            }

            var (evaluation, problem) = ImportInput.IsJsonName(item.Name)
                ? ReadJson(file.Content)
                : await ExtractAsync(file, options, workers, cancellation).ConfigureAwait(false);
            var request = new SaveRequest(author, "导入 " + item.Name) { File = file, SkipStoredFile = true };
            return evaluation is null
                ? (new ImportRow(item.Name, ImportStatus.Failed, problem ?? "未读出自评内容"), null)
                : (null, new Pending(0, item.Name, evaluation, request));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or DocumentProblem)
        {
            return (new ImportRow(item.Name, ImportStatus.Failed, e.Message), null);
        }
    }

    private static (Evaluation? Evaluation, string? Problem) ReadJson(byte[] content)
    {
        string text;
        try
        {
            text = s_strictUtf8.GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return (null, "不是 UTF-8 编码的交换格式 JSON");
        }

        var result = InterchangeJson.Read(text.TrimStart('\uFEFF'));
        return (result.Value, result.Errors.Count > 0 ? string.Join("；", result.Errors.Take(3)) : null);
    }

    private static async Task<(Evaluation? Evaluation, string? Problem)> ExtractAsync(OriginalFile file, ExtractionOptions options, WorkerPool? workers, CancellationToken cancellation)
    {
        try
        {
            var result = await DocumentImporter.ImportAsync(file.Content, Path.GetFileName(file.Name), options, workers, cancellation).ConfigureAwait(false);
            return (result.Evaluation, result.Problem);
        }
        catch (Exception e) when (e is not OutOfMemoryException and not OperationCanceledException)
        {
            return (null, e is DocumentProblem or IOException or InvalidDataException ? e.Message : $"Jixiao 内部错误（请报告此问题）：{e.GetType().Name}: {e.Message}");
        }
    }

    private static async Task Write(JixiaoStore store, ChannelReader<Pending> ready, ImportRow[] rows, SemaphoreSlim room, IProgress<ImportRow>? progress, CancellationToken cancellation)
    {
        var batch = new List<Pending>(MaxBatch);
        while (await ready.WaitToReadAsync(cancellation).ConfigureAwait(false))
        {
            batch.Clear();
            while (batch.Count < MaxBatch && ready.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            var outcomes = store.SaveMany([.. batch.Select(pending => (pending.Evaluation, pending.Request))]);
            room.Release(batch.Sum(pending => pending.Megabytes));
            for (var i = 0; i < batch.Count; i++)
            {
                var pending = batch[i];
                var row = outcomes[i] switch
                {
                    SaveOutcome.Saved saved => new ImportRow(pending.File, ImportStatus.Stored)
                    {
                        Key = saved.Key, Revision = saved.Revision, Score = pending.Evaluation.Score?.Total,
                        Errors = pending.Evaluation.Findings.Count(finding => finding.Severity == Severity.Error),
                    },
                    SaveOutcome.AlreadyStored => new ImportRow(pending.File, ImportStatus.AlreadyStored),
                    SaveOutcome.Refused refused => new ImportRow(pending.File, ImportStatus.Failed, refused.Problem),
                    var other => new ImportRow(pending.File, ImportStatus.Failed, $"未能入库（{other.GetType().Name}）"),
                };
                rows[pending.Index] = row;
                progress?.Report(row);
            }
        }
    }

    private sealed record Pending(int Index, string File, Evaluation Evaluation, SaveRequest Request)
    {
        /// <summary>The room the original takes, in whole megabytes (at least 1, at most all there is).</summary>
        public int Megabytes { get; } = (int)Math.Clamp((Request.File!.Content.LongLength >> 20) + 1, 1, MaxPendingMegabytes);
    }
}
