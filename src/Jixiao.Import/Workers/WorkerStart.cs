namespace Jixiao.Import.Workers;

/// <summary>
/// How to start a worker process that reads documents (the `jixiao` executable in its hidden `worker` mode), and
/// the bounds it runs in: its managed heap is capped (DOTNET_GCHeapHardLimit), so a document that would take the
/// machine's memory fails in its worker instead; each document is read on a thread of <see cref="StackBytes"/>.
/// </summary>
public sealed record WorkerStart(string FileName, IReadOnlyList<string> Arguments)
{
    public const long DefaultMemoryLimit = 2L * 1024 * 1024 * 1024;

    public const int DefaultStackBytes = 16 * 1024 * 1024;

    /// <summary>The most managed memory a worker may hold, in bytes.</summary>
    public long MemoryLimit { get; init; } = DefaultMemoryLimit;

    /// <summary>The stack of the thread a document is read on: deep enough for any document within the readers' bounds.</summary>
    public int StackBytes { get; init; } = DefaultStackBytes;

    /// <summary>
    /// Documents a worker reads, at least, for it to be started without tiered compilation: a worker of a batch then
    /// runs the ahead-of-time (ReadyToRun) code of a published `jixiao` as it is and compiles what has none once, fully
    /// optimised, instead of compiling its hot methods a second time in the background (a quarter of a batch worker's
    /// CPU went there; bench/README.md). It costs about a quarter of a second more at start-up, so one document read
    /// alone (`jixiao extract`) keeps tiered compilation.
    /// </summary>
    public const int ManyDocuments = 24;

    /// <summary>Whether the workers will each read many documents (<see cref="ManyDocuments"/>): they start without tiered compilation.</summary>
    public bool Batch { get; init; }

    /// <summary>This start for <paramref name="documents"/> read by <paramref name="workers"/> workers: a batch when each reads many.</summary>
    public WorkerStart For(int documents, int workers) => this with { Batch = documents >= ManyDocuments * Math.Max(1, workers) };

    /// <summary>The `jixiao` executable in <paramref name="directory"/>.</summary>
    public static WorkerStart Jixiao(string directory) => Of(directory, "jixiao");

    /// <summary>
    /// The program <paramref name="assembly"/> in <paramref name="directory"/> (its apphost, else its dll through dotnet),
    /// which serves <see cref="WorkerLoop"/> when started as `PROGRAM worker --stack-bytes N`.
    /// </summary>
    public static WorkerStart Of(string directory, string assembly)
    {
        var host = Path.Combine(directory, OperatingSystem.IsWindows() ? assembly + ".exe" : assembly);
        return File.Exists(host)
            ? new WorkerStart(host, ["worker"])
            : new WorkerStart(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", [Path.Combine(directory, assembly + ".dll"), "worker"]);
    }
}
