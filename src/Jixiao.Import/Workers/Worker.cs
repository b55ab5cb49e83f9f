using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Jixiao.Domain.Checks;

namespace Jixiao.Import.Workers;

/// <summary>
/// One worker process, reading one document at a time. When it dies while reading (a stack overflow, its memory
/// limit) or is killed (the document's time is up), reading fails with the reason and the worker is not used again.
/// </summary>
internal sealed class Worker : IDisposable
{
    private const int StderrKept = 4096;

    /// <summary>What the parent reads of a worker's answers at a time: an answer is a line of tens of kilobytes.</summary>
    private const int AnswerBuffer = 64 * 1024;

    private readonly Process _process;
    private readonly StringBuilder _stderr = new();

    /// <summary>
    /// The worker's standard output, buffered: read unbuffered, each byte of an answer's line was a system call of its
    /// own (a read(2) per byte; a third of a batch's CPU time went there).
    /// </summary>
    private readonly BufferedStream _answers;

    private Worker(Process process)
    {
        _process = process;
        _answers = new BufferedStream(process.StandardOutput.BaseStream, AnswerBuffer);
        _process.ErrorDataReceived += (_, line) =>
        {
            lock (_stderr)
            {
                // Its first words tell what happened (a stack overflow prints thousands of frames after them).
                if (_stderr.Length < StderrKept)
                {
                    _stderr.AppendLine(line.Data);
                }
            }
        };
        _process.BeginErrorReadLine();
    }

    /// <summary>False once the worker died or was killed: it is then replaced.</summary>
    public bool Usable { get; private set; } = true;

    public static Worker Start(WorkerStart start)
    {
        var info = new ProcessStartInfo(start.FileName)
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var argument in start.Arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.ArgumentList.Add("--stack-bytes");
        info.ArgumentList.Add(start.StackBytes.ToString(CultureInfo.InvariantCulture));
        info.Environment["DOTNET_GCHeapHardLimit"] = start.MemoryLimit.ToString("X", CultureInfo.InvariantCulture);
        info.Environment["DOTNET_gcServer"] = "0";
        // A worker reads a batch of documents and ends: dynamic PGO's instrumented code costs it more than it gains
        // (a third more CPU over 120 PDFs, bench/README.md), whatever program it is (jixiao, the web app).
        info.Environment["DOTNET_TieredPGO"] = "0";
        // A batch's worker runs without tiered compilation (WorkerStart.ManyDocuments); one reading a document or two
        // starts sooner with it, whatever the program's own configuration says (a published jixiao runs without).
        info.Environment["DOTNET_TieredCompilation"] = start.Batch ? "0" : "1";

        var worker = new Worker(Process.Start(info) ?? throw new InvalidOperationException($"cannot start {start.FileName}"));
        worker.WaitReady();
        return worker;
    }

    /// <summary>Waits for the worker's warm-up; one that died meanwhile is unusable and reports its reason when asked to read.</summary>
    private void WaitReady()
    {
        try
        {
            Usable = WorkerLoop.ReadLine(_answers) == Encoding.UTF8.GetString(WorkerLoop.Ready);
        }
        catch (IOException)
        {
            Usable = false;
        }
    }

    public ExtractionResult Read(byte[] bytes, string name, ExtractionOptions options, CancellationToken cancellation)
    {
        using var kill = cancellation.Register(Kill);
        try
        {
            var request = new WorkerRequest(name, bytes.Length, options.Provenance, options.MaxBytes, options.MaxCharacters, options.MaxFileBytes, options.MaxPages,
                options.MaxExpandedBytes, ReferenceEquals(options.Rules, CheckRules.BuiltIn) ? null : CheckRules.ToJson(options.Rules));
            var input = _process.StandardInput.BaseStream;
            input.Write(JsonSerializer.SerializeToUtf8Bytes(request, WorkerJson.Default.WorkerRequest));
            input.WriteByte((byte)'\n');
            input.Write(bytes);
            input.Flush();
            if (WorkerLoop.ReadLine(_answers) is { } line
                && JsonSerializer.Deserialize(line, WorkerJson.Default.WorkerResponse) is { } response)
            {
                return Result(response);
            }
        }
        catch (IOException)
        {
            // The worker's pipe broke: it died; told below.
        }

        Usable = false;
        cancellation.ThrowIfCancellationRequested();
        if (_process.WaitForExit(5000))
        {
            _process.WaitForExit(); // and its standard error read to the end
        }

        string stderr;
        lock (_stderr)
        {
            stderr = _stderr.ToString();
        }

        return ExtractionResult.Failed(WorkerProblems.Crashed(_process.HasExited ? _process.ExitCode : null, stderr));
    }

    private static ExtractionResult Result(WorkerResponse response)
    {
        var kind = Enum.TryParse<Documents.DocumentKind>(response.Kind, out var parsed) ? parsed : Documents.DocumentKind.Unknown;
        if (response.Evaluation is not { } json)
        {
            return new ExtractionResult(null, response.Problem, response.Encoding) { Kind = kind };
        }

        var read = Jixiao.Domain.Interchange.InterchangeJson.Read(json);
        return read.Value is { } evaluation
            ? new ExtractionResult(evaluation, response.Problem, response.Encoding) { Kind = kind }
            : ExtractionResult.Failed("Jixiao 内部错误（请报告此问题）：工作进程返回的结果无法读回") with { Kind = kind };
    }

    private void Kill()
    {
        Usable = false;
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.StandardInput.Close(); // the worker ends at the end of its input
                if (!_process.WaitForExit(2000))
                {
                    _process.Kill(entireProcessTree: true);
                }
            }
        }
        catch (Exception e) when (e is IOException or InvalidOperationException)
        {
            // It died meanwhile.
        }

        _answers.Dispose();
        _process.Dispose();
    }
}
