using System.CommandLine;
using System.Data.Common;
using System.IO.Compression;
using Jixiao.Import;
using Jixiao.Import.Batch;
using Jixiao.Storage;
using Jixiao.Storage.Importing;

namespace Jixiao.Cli.Commands.Db;

/// <summary>
/// `jixiao db import DIR|ZIP`: the batch import, stored. Each report (and each interchange .json) becomes a new revision
/// with its original file; a file stored before (same SHA-256) is skipped, so an interrupted import is simply run again.
/// Exit 0 when every report was stored or had been, 1 when some could not be, 2 when the input or database cannot be used.
/// </summary>
internal static class DbImportCommand
{
    public static Command Create(CliOutput io, DbOptions db)
    {
        var input = new Argument<string>("INPUT") { Description = "存放自评报告（Word、PDF、Excel、文本）或交换格式 JSON 的目录，或其 zip 压缩包" };
        var rules = new Option<string?>("--rules") { Description = "复核规则文件（JSON），见 jixiao rules" };
        var noProvenance = new Option<bool>("--no-provenance") { Description = "不保存每个取值的来源（默认保存在每个版本的 JSON 中）" };
        var jobs = new Option<int>("--jobs") { Description = "同时读取的文件数", DefaultValueFactory = _ => Environment.ProcessorCount };
        var workerStack = ImportCommand.WorkerStackOption();
        var command = new Command("import", "批量读取目录或 zip 中的自评报告并入库：每份保存为新版本，连同原始文件；已入库的文件（按 SHA-256）跳过，中断后重新运行即可续完。\n示例：jixiao db import 2024年自评报告.zip")
        {
            input, rules, noProvenance, jobs, workerStack,
        };
        command.SetAction(parsed =>
        {
            if (parsed.GetValue(jobs) <= 0)
            {
                return io.Fail("import", "--jobs 须为正整数");
            }

            if (io.LoadRules(parsed.GetValue(rules)) is not { } checkRules || db.Open(io, parsed) is not { } store)
            {
                return JixiaoCli.BadInput;
            }

            // Each document is read in a worker process, as `jixiao import` reads it: one that kills its reader costs only itself.
            var options = new ExtractionOptions { Rules = checkRules, Provenance = !parsed.GetValue(noProvenance), Workers = ImportCommand.Workers(parsed.GetValue(workerStack)) };
            return Run(io, store, parsed.GetRequiredValue(input), options, parsed.GetValue(jobs), db.Author(parsed));
        });
        return command;
    }

    private static int Run(CliOutput io, JixiaoStore store, string input, ExtractionOptions options, int jobs, string author)
    {
        var isZip = File.Exists(input);
        if (!isZip && !Directory.Exists(input))
        {
            return io.Fail(input, "目录或文件不存在");
        }

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
                    return io.Fail(input, $"不是可读的 zip 压缩包（{e.Message}）；入库需要目录或 zip");
                }

                items = ImportInput.FromZip(zip, options);
            }
            else
            {
                items = ImportInput.FromDirectory(input, options);
            }

            IReadOnlyList<ImportRow> rows;
            try
            {
                rows = DbProgress.Run(io, items, row => StoredImport.RunAsync(store, items, options, jobs, author, row).GetAwaiter().GetResult());
            }
            catch (Exception e) when (e is DbException or Microsoft.EntityFrameworkCore.DbUpdateException)
            {
                return io.Fail(store.Location.Display, $"数据库出错，导入中止（{e.Message}）；已提交的文件都在库中，重新运行同一命令即可续完");
            }

            var count = (ImportStatus status) => rows.Count(row => row.Status == status);
            io.Out.WriteLine($"共 {rows.Count} 个文件：入库 {count(ImportStatus.Stored)}，此前已入库 {count(ImportStatus.AlreadyStored)}，失败 {count(ImportStatus.Failed)}，跳过 {count(ImportStatus.Skipped)}。数据库：{store.Location.Display}");
            return count(ImportStatus.Failed) > 0 ? JixiaoCli.Findings : JixiaoCli.Ok;
        }
        finally
        {
            zip?.Dispose();
        }
    }
}
