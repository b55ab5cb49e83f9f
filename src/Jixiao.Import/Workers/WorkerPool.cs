using System.Collections.Concurrent;

namespace Jixiao.Import.Workers;

/// <summary>
/// Reads untrusted documents in worker processes, so that what .NET cannot catch (a stack overflow, memory past
/// the limit) costs one document and not the batch. Workers are started as needed, one per document read at the
/// same time, and reused for the next documents so that start-up is paid once; a worker that died is replaced.
/// </summary>
public sealed class WorkerPool(WorkerStart start) : IDisposable
{
    private readonly ConcurrentBag<Worker> _idle = [];
    private readonly ConcurrentDictionary<Worker, bool> _all = new();

    /// <summary>Starts <paramref name="count"/> workers at once and waits until they are warm, so that no document's time pays for it.</summary>
    public void Warm(int count)
    {
        var started = new Worker[Math.Max(0, count)];
        Parallel.For(0, started.Length, i => started[i] = Worker.Start(start));
        foreach (var worker in started)
        {
            _all[worker] = true;
            _idle.Add(worker);
        }
    }

    /// <summary>Reads a document as <see cref="DocumentImporter.Import"/> does, in a worker; never throws on content.</summary>
    public ExtractionResult Import(byte[] bytes, string fileName, ExtractionOptions options, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(options);
        var worker = Take();
        try
        {
            return worker.Read(bytes, fileName, options, cancellation);
        }
        finally
        {
            if (worker.Usable)
            {
                _idle.Add(worker);
            }
            else
            {
                _all.TryRemove(worker, out _);
                worker.Dispose();
            }
        }
    }

    private Worker Take()
    {
        while (_idle.TryTake(out var idle))
        {
            if (idle.Usable)
            {
                return idle;
            }
        }

        var worker = Worker.Start(start);
        _all[worker] = true;
        return worker;
    }

    public void Dispose()
    {
        foreach (var worker in _all.Keys)
        {
            worker.Dispose();
        }

        _all.Clear();
    }
}
