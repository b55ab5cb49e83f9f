using System.CommandLine;
using System.IO.Compression;
using Jixiao.Import;
using Jixiao.Import.Batch;
using Jixiao.Import.Workers;

namespace Jixiao.Cli.Commands;

/// <summary>
/// `jixiao import DIR|ZIP [-o OUTDIR] [--force]`: reads every report of a folder or zip in parallel, writes one JSON
/// per document and a summary (summary.csv, summary.xlsx) into a folder of this run's own, and goes on past files
/// that cannot be read, naming each with its reason. Exit 0 when every document was read, 1 when some could not be,
/// 2 when the input or the output folder cannot be used (nothing is written then).
/// </summary>
internal static class ImportCommand
{
    public static Command Create(CliOutput io)
    {
        var input = new Argument<string>("INPUT") { Description = "存放自评报告的目录，或其 zip 压缩包" };
        var output = new Option<string?>("--output", "-o") { Description = "输出目录（默认：输入旁的「名称-jixiao」，已有时另建「名称-jixiao-2」等，不与上次的结果合并）" };
        var force = new Option<bool>("--force") { Description = "输出目录里已有上次导入的结果时，删除并替换它（只删除导入写出的文件）" };
        var provenance = new Option<bool>("--provenance") { Description = "在每份 JSON 中附上取值来源" };
        var rules = new Option<string?>("--rules") { Description = "复核规则文件（JSON），见 jixiao rules" };
        var defaults = new ExtractionOptions();
        var jobs = new Option<int>("--jobs") { Description = "同时处理的文件数", DefaultValueFactory = _ => Environment.ProcessorCount };
        var maxFile = new Option<int>("--max-file-mb") { Description = "单个文件的大小上限（MB）", DefaultValueFactory = _ => (int)(defaults.MaxFileBytes >> 20) };
        var maxPages = new Option<int>("--max-pages") { Description = "PDF 的页数上限", DefaultValueFactory = _ => defaults.MaxPages };
        var maxExpanded = new Option<int>("--max-zip-mb") { Description = "压缩包（及 .docx/.xlsx）展开后的大小上限（MB）", DefaultValueFactory = _ => (int)(defaults.MaxExpandedBytes >> 20) };
        var timeout = new Option<int>("--timeout") { Description = "每份文件的处理时限（秒）", DefaultValueFactory = _ => (int)defaults.Timeout.TotalSeconds };
        var workerStack = WorkerStackOption();
        var command = new Command("import", "批量导入目录或 zip 中的自评报告（Word、PDF、Excel、文本），每份写出 JSON，并生成汇总表 summary.xlsx。\n"
            + "示例：jixiao import 2025年部门自评材料/ -o 2025年导入结果")
        {
            input, output, force, provenance, rules, jobs, maxFile, maxPages, maxExpanded, timeout, workerStack,
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
                Workers = Workers(parsed.GetValue(workerStack)),
            };
            return Run(io, parsed.GetRequiredValue(input), parsed.GetValue(output), parsed.GetValue(force), options, jobCount);
        });
        return command;
    }

    /// <summary>Hidden: the stack each document is read on in its worker; a test makes it small to see a stack overflow cost one document.</summary>
    internal static Option<int> WorkerStackOption() => new("--worker-stack-bytes") { Hidden = true, DefaultValueFactory = _ => WorkerStart.DefaultStackBytes };

    /// <summary>The workers of this `jixiao`, reading on a stack of <paramref name="stackBytes"/>.</summary>
    internal static WorkerStart Workers(int stackBytes) => WorkerStart.Jixiao(AppContext.BaseDirectory) with { StackBytes = stackBytes };

    private static int Run(CliOutput io, string input, string? output, bool force, ExtractionOptions options, int jobs)
    {
        var isFolder = Directory.Exists(input);
        if (!isFolder && !File.Exists(input))
        {
            return io.Fail(input, "目录或文件不存在");
        }

        var choice = OutputFolder.Choose(input, isFolder, output, force);
        if (choice.Problem is { } refused)
        {
            return io.Fail(choice.Directory, refused);
        }

        ZipArchive? zip = null;
        try
        {
            IReadOnlyList<BatchItem> items;
            if (isFolder)
            {
                items = BatchInput.FromDirectory(input, options);
            }
            else
            {
                try
                {
                    zip = BatchInput.OpenZip(File.OpenRead(input));
                }
                catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
                {
                    return io.Fail(input, "不是可读的 zip 压缩包（文件已损坏，或不是 zip 格式）；批量导入需要目录或 zip 压缩包");
                }

                items = BatchInput.FromZip(zip, options);
            }

            OutputFolder.Prepare(choice, Path.GetFullPath(input));
            if (choice.ReplacesEarlierRun)
            {
                io.Out.WriteLine($"已删除 {choice.Directory} 中上次导入的结果，本次结果写在原处");
            }

            var rows = BatchProgress.Run(io, items, choice.Directory, options, jobs);
            BatchSummary.WriteCsv(rows, Path.Combine(choice.Directory, OutputFolder.SummaryCsv));
            var evaluations = BatchGroups.Group(rows);
            var source = Path.GetFullPath(input);
            BatchSummary.WriteXlsx(rows, evaluations, Path.Combine(choice.Directory, OutputFolder.SummaryXlsx),
                file => Path.GetRelativePath(choice.Directory, isFolder ? Path.Combine(source, file) : source).Replace(Path.DirectorySeparatorChar, '/'));
            foreach (var group in evaluations.Where(group => group.Differences.Count > 0))
            {
                group.Differences.ToList().ForEach(difference => io.Out.WriteLine($"注意：{difference}"));
            }

            io.Out.WriteLine($"共 {rows.Count} 个文件：{Counts(rows)}；{evaluations.Count} 份自评。汇总：{Path.Combine(choice.Directory, OutputFolder.SummaryXlsx)}");
            return rows.Any(row => row.Status == BatchStatus.Failed) ? JixiaoCli.Findings : JixiaoCli.Ok;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return io.Fail(choice.Directory, e is UnauthorizedAccessException ? "无法写入（没有写入权限）" : "无法写入（磁盘已满或目录不可用）");
        }
        finally
        {
            zip?.Dispose();
        }
    }

    private static string Counts(IReadOnlyList<BatchRow> rows)
    {
        var read = rows.Count(row => row.Status == BatchStatus.Read);
        var failed = rows.Count(row => row.Status == BatchStatus.Failed);
        var skipped = rows.Count(row => row.Status == BatchStatus.Skipped);
        var parts = new List<string> { $"已读取 {read}" };
        parts.AddRange(new (BatchStatus Status, string Name)[]
            {
                (BatchStatus.Partial, "部分识别"), (BatchStatus.Unrecognized, "未能识别，需人工"), (BatchStatus.NotEvaluation, "非自评材料"), (BatchStatus.Duplicate, "重复"),
            }
            .Select(pair => (pair.Name, Count: rows.Count(row => row.Status == pair.Status)))
            .Where(pair => pair.Count > 0)
            .Select(pair => $"{pair.Name} {pair.Count}"));
        parts.Add($"失败 {failed}");
        parts.Add($"跳过 {skipped}");
        return string.Join("，", parts);
    }
}
