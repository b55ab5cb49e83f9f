using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Jixiao.Domain.Interchange;
using Jixiao.Import.Documents;
using Jixiao.Import.Workers;

namespace Jixiao.Import.Batch;

/// <summary>
/// Imports many documents at once, in parallel (one per core by default), writing one interchange JSON per
/// document into the output's json folder under a name of its own (<see cref="OutputNames"/>). A file that cannot be
/// read, or takes longer than the time limit, becomes a failed row; the batch always goes on. A file with the same
/// bytes as one before it (in name order) is a duplicate: its row names the other, and it gets no JSON of its own.
/// </summary>
public static partial class BatchImporter
{
    public static async Task<IReadOnlyList<BatchRow>> RunAsync(
        IReadOnlyList<BatchItem> items, string outputDirectory, ExtractionOptions options, int parallelism,
        IProgress<BatchRow>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(options);
        var jsonFolder = Path.Combine(outputDirectory, OutputNames.Folder);
        Directory.CreateDirectory(jsonFolder);
        var names = OutputNames.Assign([.. items.Select(item => item.Name)]);
        var rows = new BatchRow[items.Count];
        var documents = items.Count(item => item.Read is not null);
        using var workers = options.Workers is { } start ? new WorkerPool(start.For(documents, Math.Min(Math.Max(1, parallelism), documents))) : null;
        workers?.Warm(Math.Min(Math.Max(1, parallelism), documents));
        await Parallel.ForAsync(0, items.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = cancellation },
            async (index, token) =>
            {
                var row = DocumentStatus.Judge(await ImportAsync(items[index], options, workers, token).ConfigureAwait(false));
                row = row.Evaluation is { } evaluation ? Write(row, options.Provenance ? evaluation : evaluation with { Provenance = null }, jsonFolder, names[index], index) : row;
                rows[index] = row;
                progress?.Report(row);
            }).ConfigureAwait(false);
        return MarkDuplicates(rows, outputDirectory);
    }

    private static async Task<BatchRow> ImportAsync(BatchItem item, ExtractionOptions options, WorkerPool? workers, CancellationToken cancellation)
    {
        if (item.Read is null)
        {
            return new BatchRow { File = item.Name, Status = item.Status, Problem = item.Problem ?? "" };
        }

        string? hash = null;
        try
        {
            var bytes = item.Read();
            hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
            // Provenance is always kept while reading: the summary's 问题清单 names where each finding's value was printed.
            var result = await DocumentImporter.ImportAsync(bytes, Path.GetFileName(item.Name), options with { Provenance = true }, workers, cancellation).ConfigureAwait(false);
            return new BatchRow
            {
                File = item.Name, Kind = result.Kind, Evaluation = result.Evaluation, Sha256 = hash,
                Status = result.Evaluation is null ? BatchStatus.Failed : BatchStatus.Read, Problem = result.Problem ?? "",
            };
        }
        catch (Exception e) when (e is DocumentProblem or IOException or UnauthorizedAccessException or InvalidDataException or OperationCanceledException)
        {
            return new BatchRow
            {
                File = item.Name, Sha256 = hash, Status = BatchStatus.Failed,
                Problem = e switch
                {
                    OperationCanceledException => "已取消",
                    DocumentProblem => e.Message,
                    UnauthorizedAccessException => "没有读取此文件的权限",
                    _ => "读取文件时出错，文件可能已损坏",
                },
            };
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug of ours on one document must not lose the other documents of the batch.
            return new BatchRow { File = item.Name, Sha256 = hash, Status = BatchStatus.Failed, Problem = $"Jixiao 内部错误（请报告此问题，错误类型 {e.GetType().Name}）" };
        }
    }

    private static BatchRow Write(BatchRow row, Jixiao.Domain.Model.Evaluation evaluation, string jsonFolder, string name, int index)
    {
        // A short temporary name of its own: the final name may already be near the 255-byte limit.
        var temporary = Path.Combine(jsonFolder, $".{index}.tmp");
        try
        {
            File.WriteAllText(temporary, InterchangeJson.Write(evaluation));
            File.Move(temporary, Path.Combine(jsonFolder, name), overwrite: false);
            return row with { Json = OutputNames.Folder + "/" + name };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
            return row with { Status = BatchStatus.Failed, Problem = $"已读取，但无法写出它的 JSON 文件（{OutputNames.Folder}/{name}）" };
        }
    }

    /// <summary>
    /// Files with the same bytes: one stands and the others name it. The one standing is the one not named as a copy
    /// (副本, 复制, copy, (1)), then the shortest name, then the first in name order.
    /// </summary>
    private static BatchRow[] MarkDuplicates(BatchRow[] rows, string outputDirectory)
    {
        foreach (var same in rows.Select((row, index) => (row, index)).Where(pair => pair.row.Sha256 is not null).GroupBy(pair => pair.row.Sha256!, StringComparer.Ordinal).Where(group => group.Count() > 1))
        {
            var original = same.OrderBy(pair => CopyName().IsMatch(Path.GetFileNameWithoutExtension(pair.row.File)) ? 1 : 0)
                .ThenBy(pair => pair.row.File.Length).ThenBy(pair => pair.row.File, StringComparer.Ordinal).First().row;
            foreach (var (row, index) in same.Where(pair => pair.row != original))
            {
                if (row.Json is { } json)
                {
                    File.Delete(Path.Combine(outputDirectory, json));
                }

                rows[index] = row with { Status = BatchStatus.Duplicate, DuplicateOf = original.File, Evaluation = null, Json = null, Problem = $"与「{original.File}」内容完全相同" };
            }
        }

        return rows;
    }

    [GeneratedRegex(@"副本|复制|拷贝|\bcopy\b|[(（]\d+[)）]$", RegexOptions.IgnoreCase)]
    private static partial Regex CopyName();
}
