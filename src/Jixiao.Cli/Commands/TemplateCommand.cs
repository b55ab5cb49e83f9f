using System.CommandLine;
using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Model;
using Jixiao.Render;

namespace Jixiao.Cli.Commands;

/// <summary>
/// `jixiao template [-f FRAMEWORK] [--kind department|project] [-o 自评表.xlsx]`: a blank 自评表 to fill in (xlsx, docx,
/// html or md, by the output's extension), which `jixiao extract` reads back once filled. Exit 0 written, 2 bad input.
/// </summary>
internal static class TemplateCommand
{
    public static Command Create(CliOutput io, Option<DirectoryInfo?> frameworksDir)
    {
        var frameworkId = new Option<string?>("--framework", "-f") { Description = "指标体系编号（见 jixiao frameworks；默认取所选类别的第一个）" };
        var kind = new Option<string?>("--kind") { Description = "department 部门整体支出自评表（默认）或 project 项目支出绩效自评表" };
        kind.AcceptOnlyFromAmong("department", "project");
        var output = new Option<string>("--output", "-o") { Description = "输出文件，按扩展名定格式：.xlsx（默认 自评表.xlsx）、.docx、.html、.md", DefaultValueFactory = _ => "自评表.xlsx" };
        var command = new Command("template", "生成空白自评表（按指标体系列出指标和分值），填好后可用 jixiao extract 读回。\n例：jixiao template -f guangzhou-department-2024 -o 自评表.xlsx")
        {
            frameworkId, kind, output,
        };
        command.SetAction(parsed => Run(io, parsed.GetValue(frameworkId), parsed.GetValue(kind), parsed.GetValue(output) ?? "自评表.xlsx", parsed.GetValue(frameworksDir)));
        return command;
    }

    private static int Run(CliOutput io, string? id, string? kindName, string output, DirectoryInfo? frameworksDir)
    {
        if (io.LoadCatalog(frameworksDir) is not { } catalog)
        {
            return JixiaoCli.BadInput;
        }

        var kind = kindName == "project" ? EvaluationKind.Project : EvaluationKind.Department;
        Framework? framework;
        if (id is not null)
        {
            framework = catalog.Find(id);
            if (framework is null)
            {
                return io.Fail("--framework", CliOutput.UnknownFramework(catalog, id));
            }

            if (kindName is not null && framework.Kind != kind)
            {
                return io.Fail("--kind", $"指标体系「{id}」是{KindName(framework.Kind)}的，不是{KindName(kind)}的");
            }
        }
        else
        {
            framework = catalog.All.FirstOrDefault(known => known.Kind == kind);
            if (framework is null)
            {
                return io.Fail("--kind", $"没有{KindName(kind)}的指标体系（可用：{CliOutput.Available(catalog)}）");
            }
        }

        RenderFormat? format = Path.GetExtension(output).ToLowerInvariant() switch
        {
            ".xlsx" => RenderFormat.Xlsx,
            ".docx" => RenderFormat.Docx,
            ".html" or ".htm" => RenderFormat.Html,
            ".md" => RenderFormat.Markdown,
            _ => null,
        };
        if (format is null)
        {
            return io.Fail(output, "输出文件的扩展名应为 .xlsx、.docx、.html 或 .md");
        }

        using var buffer = new MemoryStream();
        Renderer.WriteTemplate(framework, format.Value, buffer, RenderClock.For(new Evaluation()));
        if (InputFiles.WriteAtomically(output, buffer.ToArray()) is { } problem)
        {
            return io.Fail(output, problem);
        }

        io.Out.WriteLine($"已写出 {output}（{framework.Name}）");
        return JixiaoCli.Ok;
    }

    private static string KindName(EvaluationKind kind) => kind == EvaluationKind.Project ? "项目支出" : "部门整体支出";
}
