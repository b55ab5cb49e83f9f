using System.Text;
using System.Text.Json;
using Jixiao.Domain.Checks;
using Jixiao.Domain.Interchange;

namespace Jixiao.Import.Workers;

/// <summary>
/// The worker's side of the protocol: reads requests from <c>input</c> (a JSON line, then the document's bytes) and
/// answers each with one JSON line on <c>output</c>, until the input ends. Each document is read on a thread of its
/// own with the stack asked for; a failure the reader cannot catch (a stack overflow) ends this process, and the
/// pool that started it reports that document and starts another worker.
/// </summary>
public static class WorkerLoop
{
    public static int Serve(Stream input, Stream output, int stackBytes)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        // Requests are read through a buffer (a line and the document's bytes from the same one): unbuffered, each byte
        // of a request's line was a system call of its own.
        using var requests = new BufferedStream(input, RequestBuffer);
        WarmUp();
        output.Write(Ready);
        output.WriteByte((byte)'\n');
        output.Flush();
        while (ReadLine(requests) is { } line)
        {
            var request = JsonSerializer.Deserialize(line, WorkerJson.Default.WorkerRequest)
                ?? throw new InvalidDataException("empty worker request");
            var bytes = new byte[request.Length];
            requests.ReadExactly(bytes);
            WorkerResponse? response = null;
            var thread = new Thread(() => response = Read(bytes, request), stackBytes);
            thread.Start();
            thread.Join();
            output.Write(JsonSerializer.SerializeToUtf8Bytes(response!, WorkerJson.Default.WorkerResponse));
            output.WriteByte((byte)'\n');
            output.Flush();
        }

        return 0;
    }

    private const int RequestBuffer = 64 * 1024;

    /// <summary>The line a worker prints once it is warm, before its first request.</summary>
    internal static ReadOnlySpan<byte> Ready => "ready"u8;

    /// <summary>
    /// Reads a small report of our own once, so that compiling the pipeline is paid before the first document, whose
    /// time limit then counts the reading alone.
    /// </summary>
    private static void WarmUp() =>
        DocumentImporter.Import(Encoding.UTF8.GetBytes("示例区文化馆2025年度部门整体支出绩效自评报告\n一、基本情况\n年初预算数100.00万元，全年预算数120.00万元，执行数110.00万元。\n| 指标 | 分值 | 得分 |\n|---|---|---|\n| 预算执行率 | 10 | 9 |\n"), "warm-up.txt", new ExtractionOptions());

    private static WorkerResponse Read(byte[] bytes, WorkerRequest request)
    {
        var options = new ExtractionOptions
        {
            Provenance = request.Provenance, MaxBytes = request.MaxBytes, MaxCharacters = request.MaxCharacters, MaxFileBytes = request.MaxFileBytes,
            MaxPages = request.MaxPages, MaxExpandedBytes = request.MaxExpandedBytes,
            Rules = request.Rules is { } rules && CheckRules.Parse(rules).Value is { } parsed ? parsed : CheckRules.BuiltIn,
        };
        try
        {
            var result = DocumentImporter.Import(bytes, request.Name, options);
            return new WorkerResponse(result.Kind.ToString(), result.Problem, result.Encoding,
                result.Evaluation is { } evaluation ? InterchangeJson.Write(evaluation) : null);
        }
        catch (OutOfMemoryException)
        {
            return new WorkerResponse(nameof(Documents.DocumentKind.Unknown), WorkerProblems.OutOfMemory, "", null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug of ours on one document: reported as the batch reports it, and the worker goes on.
            return new WorkerResponse(nameof(Documents.DocumentKind.Unknown), $"Jixiao 内部错误（请报告此问题）：{e.GetType().Name}: {e.Message}", "", null);
        }
    }

    /// <summary>A line of UTF-8 up to '\n', or null at the end of the input.</summary>
    internal static string? ReadLine(Stream input)
    {
        var line = new MemoryStream();
        for (var b = input.ReadByte(); b != '\n'; b = input.ReadByte())
        {
            if (b < 0)
            {
                return line.Length == 0 ? null : throw new EndOfStreamException("worker input ended inside a line");
            }

            line.WriteByte((byte)b);
        }

        return Encoding.UTF8.GetString(line.GetBuffer(), 0, (int)line.Length);
    }
}
