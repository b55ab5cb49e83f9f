using System.CommandLine;
using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Interchange;

namespace Jixiao.Cli.Commands;

/// <summary>`jixiao new --framework ID [-o OUT]`: writes a blank evaluation for a framework.</summary>
internal static class NewCommand
{
    public static Command Create(CliOutput io, Option<DirectoryInfo?> frameworksDir)
    {
        var frameworkId = new Option<string>("--framework", "-f") { Description = "指标体系编号（见 jixiao frameworks）", Required = true };
        var output = new Option<string?>("--output", "-o") { Description = "写入此文件（默认输出到屏幕）" };
        var command = new Command("new", "按指标体系生成一份空白自评（交换格式 JSON）。\n示例：jixiao new -f guangzhou-department-2024 -o 空白自评.json") { frameworkId, output };
        command.SetAction(parsed => Run(io, parsed.GetRequiredValue(frameworkId), parsed.GetValue(output), parsed.GetValue(frameworksDir)));
        return command;
    }

    private static int Run(CliOutput io, string id, string? output, DirectoryInfo? frameworksDir)
    {
        if (io.LoadCatalog(frameworksDir) is not { } catalog)
        {
            return JixiaoCli.BadInput;
        }

        if (catalog.Find(id) is not { } framework)
        {
            return io.Fail("--framework", CliOutput.UnknownFramework(catalog, id));
        }

        var json = InterchangeJson.Write(BlankEvaluation.For(framework));
        if (output is null)
        {
            io.Out.Write(json);
        }
        else if (InputFiles.WriteAtomically(output, json) is { } problem)
        {
            return io.Fail(output, problem);
        }
        else
        {
            io.Out.WriteLine($"已写出 {output}（{framework.Name}）");
        }

        return JixiaoCli.Ok;
    }
}
