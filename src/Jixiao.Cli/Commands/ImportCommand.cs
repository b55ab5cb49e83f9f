using System.CommandLine;
using System.IO.Compression;
using Jixiao.Import;
using Jixiao.Import.Batch;
using Jixiao.Import.Workers;

namespace Jixiao.Cli.Commands;

/// <summary>
/// `jixiao import DIR|ZIP [-o OUTDIR]`: reads every report of a folder or zip in parallel, writes one JSON per
/// document and a summary (summary.csv, summary.xlsx), and goes on past files that cannot be read, naming each
/// with its reason. Exit 0 when every document was read, 1 when some could not be, 2 when the input cannot be used.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(CliOutput io)
    {
        var input = new Argument<string>("INPUT") { Description = "存放自评报告的目录，或其 zip 压缩包" };
        var output = new Option<string?>("--output", "-o") { Description = "输出目录（默认：输入旁的「名称-jixiao」）" };
        var provenance = new Option<bool>("--provenance") { Description = "在每份 JSON 中附上取值来源" };
        var rules = new Option<string?>("--rules") { Description = "复核规则文件（JSON），见 jixiao rules" };
        var defaults = new ExtractionOptions();
        var jobs = new Option<int>("--jobs") { Description = "同时处理的文件数", DefaultValueFactory = _ => Environment.ProcessorCount };
        var maxFile = new Option<int>("--max-file-mb") { Description = "单个文件的大小上限（MB）", DefaultValueFactory = _ => (int)(defaults.MaxFileBytes >> 20) };
        var maxPages = new Option<int>("--max-pages") { Description = "PDF 的页数上限", DefaultValueFactory = _ => defaults.MaxPages };
        var maxExpanded = new Option<int>("--max-zip-mb") { Description = "压缩包（及 .docx/.xlsx）展开后的大小上限（MB）", DefaultValueFactory = _ => (int)(defaults.MaxExpandedBytes >> 20) };
        var timeout = new Option<int>("--timeout") { Description = "每份文件的处理时限（秒）", DefaultValueFactory = _ => (int)defaults.Timeout.TotalSeconds };
        // Hidden: the stack each document is read on in its worker; a test makes it small to see a stack overflow cost one document.
        var workerStack = new Option<int>("--worker-stack-bytes") { Hidden = true, DefaultValueFactory = _ => WorkerStart.DefaultStackBytes };
        var command = new Command("import", "批量导入目录或 zip 中的自评报告（Word、PDF、Excel、文本），每份写出 JSON，并生成汇总表")
        {
            input, output, provenance, rules, jobs, maxFile, maxPages, maxExpanded, timeout, workerStack,
        };
        command.SetAction(parsed =>
        {
            var (jobCount, fileMb, pages, zipMb, seconds) =
                (parsed.GetValue(jobs), parsed.GetValue(maxFile), parsed.GetValue(maxPages), parsed.GetValue(maxExpanded), parsed.GetValue(timeout));
            if (jobCount <= 0 || fileMb <= 0 || pages <= 0 || zipMb <= 0 || seconds <= 0)
            {
                return io.Fail("import", "--jobs、--max-file-mb、--max-pages、--max-zip-mb 和 --timeout 须为正整数");
            }

            if (io.LoadRules(parsed.GetValue(rules)) is not { } checkRules)
            {
                return JixiaoCli.BadInput;
            }

            var options = new ExtractionOptions
            {
                Rules = checkRules,
                Provenance = parsed.GetValue(provenance),
                MaxFileBytes = (long)fileMb << 20,
                MaxPages = pages,
                MaxExpandedBytes = (long)zipMb << 20,
                Timeout = TimeSpan.FromSeconds(seconds),
                Workers = WorkerStart.Jixiao(AppContext.BaseDirectory) with { StackBytes = parsed.GetValue(workerStack) },
            };
            return Run(io, parsed.GetRequiredValue(input), parsed.GetValue(output), options, jobCount);
        });
        return command;
    }

    private static int Run(CliOutput io, string input, string? output, ExtractionOptions options, int jobs)
    {
        var isZip = File.Exists(input);
        if (!isZip && !Directory.Exists(input))
        {
            return io.Fail(input, "目录或文件不存在");
        }

        var outputDirectory = Path.GetFullPath(output ?? DefaultOutput(input, isZip));
        ZipArchive? zip = null;
        try
        {
            IReadOnlyList<BatchItem> items;
            if (isZip)
            {
                try
                {
                    zip = BatchInput.OpenZip(File.OpenRead(input));
                }
                catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
                {
                    return io.Fail(input, $"不是可读的 zip 压缩包（{e.Message}）；批量导入需要目录或 zip");
                }

                items = BatchInput.FromZip(zip, options);
            }
            else
            {
                items = BatchInput.FromDirectory(input, options, exclude: outputDirectory);
            }

            Directory.CreateDirectory(outputDirectory);
            var rows = BatchProgress.Run(io, items, outputDirectory, options, jobs);
            BatchSummary.WriteCsv(rows, Path.Combine(outputDirectory, "summary.csv"));
            BatchSummary.WriteXlsx(rows, Path.Combine(outputDirectory, "summary.xlsx"));
            var read = rows.Count(row => row.Status == BatchStatus.Read);
            var failed = rows.Count(row => row.Status == BatchStatus.Failed);
            io.Out.WriteLine($"共 {rows.Count} 个文件：已读取 {read}，失败 {failed}，跳过 {rows.Count - read - failed}。汇总：{Path.Combine(outputDirectory, "summary.xlsx")}");
            return failed > 0 ? JixiaoCli.Findings : JixiaoCli.Ok;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return io.Fail(outputDirectory, $"无法写入（{e.Message}）");
        }
        finally
        {
            zip?.Dispose();
        }
    }

    private static string DefaultOutput(string input, bool isZip)
    {
        var full = Path.GetFullPath(input).TrimEnd(Path.DirectorySeparatorChar);
        return (isZip ? Path.ChangeExtension(full, null) : full) + "-jixiao";
    }
}
