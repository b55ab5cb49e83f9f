using System.CommandLine;
using Jixiao.Domain.Checks;
using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Model;
using Jixiao.Import;
using Jixiao.Import.Documents;
using Jixiao.Import.Workers;
using Jixiao.Render;

namespace Jixiao.Cli.Commands;

/// <summary>
/// `jixiao render FILE --format xlsx|docx|pdf|html|md [--what table|scores|report] [-o OUT]`: writes the 自评表, the
/// 评分表 or the 自评报告 of an evaluation. FILE is interchange JSON or any document `jixiao extract` reads (extracted,
/// scored and reviewed on the way). Exit 0 written, 1 the PDF could not be made, 2 bad input; nothing is written on failure.
/// FILE may be a folder of interchange JSON (what `jixiao import` writes): each file renders into the folder -o names
/// (default: the current one), a file that cannot be rendered is reported by name and the others go on (exit 1).
/// </summary>
internal static class RenderCommand
{
    private static readonly TimeSpan s_pdfTimeout = TimeSpan.FromSeconds(120);

    public static Command Create(CliOutput io, Option<DirectoryInfo?> frameworksDir)
    {
        var file = new Argument<string>("FILE") { Description = "交换格式 JSON，或 jixiao extract 能读取的自评报告、自评表（Word、PDF、Excel、文本）；或一个目录（jixiao import 写出的 JSON），逐个生成" };
        var format = new Option<string>("--format") { Description = "输出格式：xlsx、docx、pdf、html 或 md", Required = true };
        format.AcceptOnlyFromAmong("xlsx", "docx", "pdf", "html", "md");
        var what = new Option<string>("--what") { Description = "输出内容：table 自评表（默认）、scores 评分表（含复核发现）、report 自评报告、review 复核意见书、return 退回修改通知", DefaultValueFactory = _ => "table" };
        what.AcceptOnlyFromAmong("table", "scores", "report", "review", "return");
        var output = new Option<string?>("--output", "-o") { Description = "输出文件（默认：当前目录下「文件名-自评表.扩展名」）；输入是目录时为输出目录" };
        var frameworkId = new Option<string?>("--framework", "-f") { Description = "按此指标体系计分（默认取文件中的 framework，未写明时取第一个能计分的同类指标体系）" };
        var rules = new Option<string?>("--rules") { Description = "复核规则文件（JSON），见 jixiao rules" };
        var noCharts = new Option<bool>("--no-charts") { Description = "自评报告不画统计图（预算及执行、各一级指标得分）" };
        var command = new Command("render", "生成文档：自评表（xlsx、docx）、评分表、自评报告、复核意见书（docx、PDF、HTML、Markdown）。\n例：jixiao render samples/qinghe-justice-2025.json --format docx --what report -o 自评报告.docx")
        {
            file, format, what, output, frameworkId, rules, noCharts,
        };
        command.SetAction(parsed => Run(io, new Request(
            parsed.GetRequiredValue(file), parsed.GetRequiredValue(format), parsed.GetValue(what) ?? "table", parsed.GetValue(output),
            parsed.GetValue(frameworkId), parsed.GetValue(rules), parsed.GetValue(frameworksDir), !parsed.GetValue(noCharts))));
        return command;
    }

    private sealed record Request(string File, string Format, string What, string? Output, string? FrameworkId, string? Rules, DirectoryInfo? FrameworksDir, bool Charts);

    private static int Run(CliOutput io, Request request)
    {
        if (io.LoadCatalog(request.FrameworksDir) is not { } catalog || io.LoadRules(request.Rules) is not { } rules)
        {
            return JixiaoCli.BadInput;
        }

        if (request.What is "report" or "review" or "return" && request.Format == "xlsx")
        {
            return io.Fail(request.File, $"{DocumentName(What(request.What))}不能输出为 xlsx，请用 docx、pdf、html 或 md");
        }

        return Directory.Exists(request.File) ? RunFolder(io, request, catalog, rules) : RunFile(io, request, catalog, rules, request.Output);
    }

    /// <summary>Each JSON file of the folder in name order, into the output folder; one bad file is reported and skipped.</summary>
    private static int RunFolder(CliOutput io, Request request, FrameworkCatalog catalog, CheckRules rules)
    {
        var files = Directory.GetFiles(request.File, "*.json").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            return io.Fail(request.File, "目录中没有交换格式 JSON 文件（*.json）");
        }

        var folder = request.Output ?? ".";
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return io.Fail(folder, $"无法创建输出目录：{exception.Message}");
        }

        var failed = 0;
        foreach (var file in files)
        {
            var target = Path.Combine(folder, DefaultName(file, What(request.What), request.Format));
            if (RunFile(io, request with { File = file }, catalog, rules, target) != JixiaoCli.Ok)
            {
                failed++;
            }
        }

        io.Out.WriteLine(failed == 0 ? $"共生成 {files.Count} 份，写入 {folder}" : $"共 {files.Count} 份：生成 {files.Count - failed} 份，{failed} 份未能生成（原因见上）");
        return failed == 0 ? JixiaoCli.Ok : JixiaoCli.Findings;
    }

    private static int RunFile(CliOutput io, Request request, FrameworkCatalog catalog, CheckRules rules, string? output)
    {
        // The review letters say where each finding's field was printed: the extraction keeps the places for them.
        if (Read(io, request.File, provenance: request.What is "review" or "return") is not { } evaluation)
        {
            return JixiaoCli.BadInput;
        }

        var id = request.FrameworkId ?? evaluation.Framework;
        var framework = id is null ? RenderInput.ChooseFramework(catalog, evaluation) : catalog.Find(id);
        if (id is not null && framework is null)
        {
            return io.Fail(request.File, $"framework: {CliOutput.UnknownFramework(catalog, id)}");
        }

        var what = What(request.What);

        var ready = RenderInput.Prepare(evaluation, framework, rules);
        var pdf = request.Format == "pdf";
        var format = request.Format switch
        {
            "xlsx" => RenderFormat.Xlsx,
            "html" => RenderFormat.Html,
            "md" => RenderFormat.Markdown,
            _ => RenderFormat.Docx,
        };
        using var buffer = new MemoryStream();
        Renderer.Write(ready, framework, what, format, buffer, RenderClock.For(ready), request.Charts && format != RenderFormat.Markdown);
        var bytes = buffer.ToArray();
        if (pdf)
        {
            var (printed, problem) = LibreOffice.ToPdf(bytes, "docx", s_pdfTimeout);
            if (printed is null)
            {
                io.Error.WriteLine($"{request.File}: {problem}");
                return JixiaoCli.Findings;
            }

            bytes = printed;
        }

        var target = output ?? DefaultName(request.File, what, request.Format);
        if (InputFiles.WriteAtomically(target, bytes) is { } writeProblem)
        {
            return io.Fail(target, writeProblem);
        }

        io.Out.WriteLine($"已写出 {target}");
        return JixiaoCli.Ok;
    }

    /// <summary>Interchange JSON as it is; any other file through the extractor, as `jixiao extract` reads it.</summary>
    private static Evaluation? Read(CliOutput io, string file, bool provenance)
    {
        if (string.Equals(Path.GetExtension(file), ".json", StringComparison.OrdinalIgnoreCase))
        {
            return io.ReadEvaluation(file);
        }

        var result = OneDocument.Read(file, null, new ExtractionOptions { Provenance = provenance }, ImportCommand.Workers(WorkerStart.DefaultStackBytes));
        if (result.Evaluation is null)
        {
            io.Fail(file, result.Problem!);
        }

        return result.Evaluation;
    }

    private static RenderWhat What(string what) => what switch
    {
        "scores" => RenderWhat.Scores,
        "report" => RenderWhat.Report,
        "review" => RenderWhat.Review,
        "return" => RenderWhat.Return,
        _ => RenderWhat.Table,
    };

    /// <summary>qinghe.json → qinghe-自评表.xlsx in the current folder.</summary>
    public static string DefaultName(string file, RenderWhat what, string format) => $"{Path.GetFileNameWithoutExtension(file)}-{DocumentName(what)}.{format}";

    private static string DocumentName(RenderWhat what) => what switch
    {
        RenderWhat.Scores => "评分表",
        RenderWhat.Report => "自评报告",
        RenderWhat.Review => "复核意见书",
        RenderWhat.Return => "退回修改通知",
        _ => "自评表",
    };
}
