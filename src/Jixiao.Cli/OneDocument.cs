using Jixiao.Import;
using Jixiao.Import.Workers;

namespace Jixiao.Cli;

/// <summary>
/// How `extract` and `render` read the one document they are given: as `import` reads each of a batch, in a worker
/// process and within the time limit, so that a file that breaks its reader where .NET cannot catch it (a stack
/// overflow, memory past the limit) ends in a one-line message instead of a crash of `jixiao`.
/// </summary>
internal static class OneDocument
{
    /// <summary>Reads <paramref name="bytes"/> when given (standard input), else the file <paramref name="file"/>.</summary>
    public static ExtractionResult Read(string file, byte[]? bytes, ExtractionOptions options, WorkerStart workers)
    {
        using var pool = new WorkerPool(workers);
        var reading = bytes is null
            ? DocumentImporter.ImportFileAsync(file, options, pool)
            : DocumentImporter.ImportAsync(bytes, file, options, pool);
        return reading.GetAwaiter().GetResult();
    }
}
